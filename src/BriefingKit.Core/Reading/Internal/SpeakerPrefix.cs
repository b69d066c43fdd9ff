// Speaker names written before a colon on a caption's first line: Zoom "Jane Doe: text",
// whisperX "[SPEAKER_00]: text" and "SPEAKER_00: text". Cautious on purpose: only a short,
// name-like prefix counts, so "Note that at 5:00: …" or "Bottom line: …" stay speech.
using System;
using System.Collections.Generic;

namespace BriefingKit.Reading.Internal;

internal static class SpeakerPrefix
{
    private const int MaxPrefixLength = 48;
    private const int MaxCapitalisedWords = 4;

    // Lower-case name particles allowed between capitalised words (Ursula von der Leyen).
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "von", "van", "der", "den", "de", "del", "della", "da", "das", "dos", "du", "la", "le", "al", "el", "bin", "ibn", "ter", "zu",
    };

    // Single capitalised words that introduce text rather than name a speaker.
    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Note", "Notes", "NB", "PS", "Re", "Fwd", "Subject", "Example", "Examples", "Update", "Reminder", "Warning",
        "Caution", "Important", "Summary", "Agenda", "Source", "Sources", "Translation", "Transcript", "Quote", "Unquote",
        "Yes", "No", "So", "Well", "Okay", "Ok", "And", "But", "Also", "First", "Second", "Third", "Finally", "Today",
        "Now", "Here", "There", "Result", "Results", "Step", "Tip", "Correction", "Caption", "Captions",
    };

    /// <summary>
    /// Takes a speaker name off the first non-blank line, when that line starts with one.
    /// Returns a speakerless segment holding the lines unchanged otherwise.
    /// </summary>
    public static CaptionSegment Apply(IReadOnlyList<CaptionLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Trim().Length == 0) continue;
            if (!TrySplit(lines[i].Text, out var name, out var rest)) break;
            var copy = new List<CaptionLine>(lines);
            copy[i] = new CaptionLine(lines[i].Number, rest);
            return new CaptionSegment(name, copy);
        }
        return new CaptionSegment(null, lines);
    }

    /// <summary>Splits "Name: text" into the name and the text, when the prefix is name-like.</summary>
    public static bool TrySplit(string line, out string name, out string rest)
    {
        name = rest = string.Empty;
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxPrefixLength) return false;
        // "12:30" and "https://" are not speaker prefixes: the colon must end a word.
        if (colon + 1 < line.Length && !char.IsWhiteSpace(line[colon + 1])) return false;

        var prefix = CaptionText.Collapse(line.Substring(0, colon));
        if (prefix.Length > 2 && prefix[0] == '[' && prefix[prefix.Length - 1] == ']')
            prefix = prefix.Substring(1, prefix.Length - 2).Trim();
        if (!IsNameLike(prefix)) return false;

        name = prefix;
        rest = line.Substring(colon + 1);
        return true;
    }

    private static bool IsNameLike(string prefix)
    {
        if (IsDiarizationLabel(prefix)) return true;
        var words = prefix.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;

        var capitalised = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var last = i == words.Length - 1;
            if (i > 0 && last && IsDigits(word)) continue;               // "Speaker 2"
            if (i > 0 && !last && Particles.Contains(word)) continue;     // "von der"
            if (!char.IsUpper(word[0]) || !IsNameWord(word)) return false;
            capitalised++;
        }
        if (capitalised == 0 || capitalised > MaxCapitalisedWords) return false;
        return words.Length > 1 || !NotNames.Contains(words[0]);
    }

    // whisperX / pyannote labels: SPEAKER_00, SPEAKER_1.
    private static bool IsDiarizationLabel(string prefix) =>
        prefix.Length > 8
        && prefix.StartsWith("SPEAKER_", StringComparison.OrdinalIgnoreCase)
        && IsDigits(prefix.Substring(8));

    private static bool IsNameWord(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) letters++;
            else if (c is not ('.' or '-' or '\'' or '\u2019' or ',')) return false;
        }
        return letters > 0;
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
            if (c < '0' || c > '9') return false;
        return true;
    }
}
