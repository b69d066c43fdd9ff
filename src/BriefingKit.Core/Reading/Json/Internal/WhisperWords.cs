// whisperX's word-level speakers: when the diarizer heard a change of speaker inside one
// segment, the segment is cut where the new speaker's first word starts, so each part
// goes to the right person. The cut is made in the segment's own text (found word by
// word), which keeps its spacing and punctuation exactly as whisper wrote them.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Reading.Json.Internal;

/// <summary>A stretch of one speaker's speech from a Whisper segment.</summary>
internal sealed record WhisperPiece(string? Label, string Text, TimeSpan? Start, TimeSpan? End, int Line);

internal static class WhisperWords
{
    private sealed record Word(string Text, string? Speaker, TimeSpan? Start, TimeSpan? End);

    /// <summary>Adds the segment to <paramref name="pieces"/>, split by word speakers when they change inside it.</summary>
    public static void Split(JsonSource json, JsonElement segment, string field, WhisperPiece whole, List<WhisperPiece> pieces)
    {
        var line = whole.Line;
        if (!json.TryGet(segment, "words", JsonValueKind.Array, field + ".words", line, out var array))
        {
            pieces.Add(whole);
            return;
        }

        var words = new List<Word>();
        foreach (var item in array.EnumerateArray())
        {
            var name = field + ".words[" + words.Count.ToString(CultureInfo.InvariantCulture) + "]";
            if (item.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{name}' must be an object, not {JsonSource.Describe(item)}");
            words.Add(new Word(
                json.OptionalString(item, "word", name + ".word", line) ?? string.Empty,
                Label(json.OptionalString(item, "speaker", name + ".speaker", line)),
                json.OptionalSeconds(item, "start", name + ".start", line),
                json.OptionalSeconds(item, "end", name + ".end", line)));
        }
        if (!words.Any(w => w.Speaker is not null))
        {
            pieces.Add(whole);
            return;
        }

        // A word the diarizer could not place belongs to whoever spoke just before it (or, at
        // the very start, just after it).
        var first = words.First(w => w.Speaker is not null).Speaker;
        string? current = first;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Speaker is null) words[i] = words[i] with { Speaker = current };
            current = words[i].Speaker;
        }

        var runStarts = new List<int> { 0 };
        for (var i = 1; i < words.Count; i++)
            if (!string.Equals(words[i].Speaker, words[i - 1].Speaker, StringComparison.Ordinal)) runStarts.Add(i);

        var positions = runStarts.Count > 1 ? Locate(whole.Text, words) : null;
        if (positions is null)
        {
            // One speaker throughout, or words that cannot be found in the text: the segment
            // stays whole, with its own speaker or else the one who says most of its words
            // (whisperX's own rule).
            pieces.Add(whole with { Label = whole.Label ?? Majority(words) });
            return;
        }

        for (var r = 0; r < runStarts.Count; r++)
        {
            var from = runStarts[r];
            var to = r + 1 < runStarts.Count ? runStarts[r + 1] : words.Count;
            var textFrom = r == 0 ? 0 : positions[from];
            var textTo = r + 1 < runStarts.Count ? positions[to] : whole.Text.Length;
            var start = words.Skip(from).Take(to - from).Select(w => w.Start).FirstOrDefault(s => s is not null) ?? (r == 0 ? whole.Start : null);
            var end = words.Skip(from).Take(to - from).Select(w => w.End).LastOrDefault(e => e is not null) ?? (to == words.Count ? whole.End : null);
            pieces.Add(new WhisperPiece(words[from].Speaker, whole.Text.Substring(textFrom, textTo - textFrom), start, end, line));
        }
    }

    /// <summary>A speaker label trimmed, or null when empty.</summary>
    public static string? Label(string? label)
    {
        var trimmed = label?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    // Where each word starts in the segment text, in order; null when one cannot be found.
    private static int[]? Locate(string text, List<Word> words)
    {
        var positions = new int[words.Count];
        var cursor = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text.Trim();
            if (word.Length == 0) return null;
            var at = text.IndexOf(word, cursor, StringComparison.Ordinal);
            if (at < 0) return null;
            positions[i] = at;
            cursor = at + word.Length;
        }
        return positions;
    }

    private static string? Majority(List<Word> words) =>
        words.Where(w => w.Speaker is not null)
            .GroupBy(w => w.Speaker, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
}
