// Speaker names written before a colon on a caption's first line: Zoom "Jane Doe: text",
// whisperX "[SPEAKER_00]: text" and "SPEAKER_00: text", and whisperX-style tags with a
// confidence on a line of their own ("[SPEAKER_00 | 0.72]"). Cautious on purpose: a prefix
// counts only when it is name-like, so "Note that at 5:00: …", "Bottom line: …" or
// "Honestly: …" stay speech. Whether a label is name-like depends on the whole file (a
// one-word label must recur), so one instance is made per file from all its lines.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace BriefingKit.Reading.Internal;

internal sealed class SpeakerPrefix
{
    private const int MaxPrefixLength = 48;
    private const int MaxCapitalisedWords = 4;

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly bool _fileHasNames;

    private SpeakerPrefix(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.IndexOf(':') < 0) continue;
            if (TryGetLabel(WithoutMarkup(line), out var label, out _) && Shape(label) != LabelShape.None)
                _counts[label] = _counts.TryGetValue(label, out var n) ? n + 1 : 1;
        }
        var singleNames = 0;
        foreach (var pair in _counts)
        {
            var shape = Shape(pair.Key);
            if (shape == LabelShape.SingleName) singleNames++;
            if (shape is LabelShape.Diarization or LabelShape.PersonName || pair.Value > 1) _fileHasNames = true;
        }
        if (singleNames > 1) _fileHasNames = true;
    }

    /// <summary>Counts the candidate labels of a whole file, so that each cue can be judged against the rest.</summary>
    public static SpeakerPrefix ForFile(IEnumerable<string> lines) => new(lines);

    /// <summary>
    /// Takes a speaker name off the first non-blank line, when that line starts with one or
    /// is a bracketed speaker tag. Returns a speakerless segment holding the lines unchanged otherwise.
    /// </summary>
    public CaptionSegment Apply(IReadOnlyList<CaptionLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Trim().Length == 0) continue;
            if (TryTakeTagLine(lines[i].Text, out var tagged))
            {
                var rest = new List<CaptionLine>(lines);
                rest.RemoveAt(i);
                return new CaptionSegment(tagged, rest);
            }
            if (!TrySplit(lines[i].Text, out var name, out var text)) break;
            var copy = new List<CaptionLine>(lines);
            copy[i] = new CaptionLine(lines[i].Number, text);
            return new CaptionSegment(name, copy);
        }
        return new CaptionSegment(null, lines);
    }

    /// <summary>Splits "Name: text" into the name and the text, when the prefix is name-like.</summary>
    public bool TrySplit(string line, out string name, out string rest)
    {
        name = string.Empty;
        if (!TryGetLabel(line, out var label, out rest) || !Accepts(label)) return false;
        name = label;
        return true;
    }

    private bool Accepts(string label)
    {
        var shape = Shape(label);
        var count = _counts.TryGetValue(label, out var n) ? n : 0;
        return shape switch
        {
            LabelShape.Diarization or LabelShape.PersonName => true,
            // Names made only of common words ("Grace Young") are believed when the file uses
            // them as labels again; single names ("Kwame") also when it names other speakers.
            LabelShape.CommonWords => count > 1,
            LabelShape.SingleName => count > 1 || _fileHasNames,
            _ => false,
        };
    }

    // "[SPEAKER_00 | 0.72]" or "[SPEAKER_00]" alone on a line: a diarization tag, with the
    // tool's confidence. A bracketed name alone is only a tag with a confidence, since
    // "[Upbeat Music]" on its own line is a stage direction.
    private static bool TryTakeTagLine(string line, out string name)
    {
        name = string.Empty;
        var text = CaptionText.Collapse(line);
        if (text.Length < 3 || text[0] != '[' || text[text.Length - 1] != ']') return false;
        var inner = text.Substring(1, text.Length - 2);
        var bar = inner.IndexOf('|');
        var label = (bar < 0 ? inner : inner.Substring(0, bar)).Trim();
        if (bar >= 0 && !double.TryParse(inner.Substring(bar + 1).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return false;
        var shape = Shape(label);
        if (shape != LabelShape.Diarization && (bar < 0 || shape is LabelShape.None or LabelShape.CommonWords)) return false;
        name = label;
        return true;
    }

    // The census reads raw lines: "<v>", "<font>" and "{\an8}" codes around a name must not hide it.
    private static string WithoutMarkup(string line)
    {
        if (line.IndexOf('<') < 0 && line.IndexOf('{') < 0) return line;
        var builder = new System.Text.StringBuilder(line.Length);
        var closer = '\0';
        foreach (var c in line)
        {
            if (closer == '\0' && c is '<' or '{') closer = c == '<' ? '>' : '}';
            else if (closer != '\0' && c == closer) closer = '\0';
            else if (closer == '\0') builder.Append(c);
        }
        return builder.ToString();
    }

    // The collapsed text before "label: " at the start of a line, without [brackets].
    private static bool TryGetLabel(string line, out string label, out string rest)
    {
        label = rest = string.Empty;
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > MaxPrefixLength) return false;
        // "12:30" and "https://" are not speaker prefixes: the colon must end a word.
        if (colon + 1 < line.Length && !char.IsWhiteSpace(line[colon + 1])) return false;

        var prefix = CaptionText.Collapse(line.Substring(0, colon));
        if (prefix.Length > 2 && prefix[0] == '[' && prefix[prefix.Length - 1] == ']')
            prefix = prefix.Substring(1, prefix.Length - 2).Trim();
        if (prefix.Length == 0) return false;
        label = prefix;
        rest = line.Substring(colon + 1);
        return true;
    }

    private static LabelShape Shape(string prefix)
    {
        if (IsDiarizationLabel(prefix)) return LabelShape.Diarization;
        var words = prefix.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return LabelShape.None;

        if (words.Length == 2 && IsDigits(words[1]) && CaptionLabelWords.NumberedRoles.Contains(words[0])) return LabelShape.Diarization; // "Speaker 2"

        var capitalised = 0;
        var uncommon = 0;
        var numbered = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            var last = i == words.Length - 1;
            if (i > 0 && last && IsDigits(word))                         // "Juror 3"
            {
                numbered = true;
                continue;
            }
            if (i > 0 && !last && CaptionLabelWords.Particles.Contains(word)) continue; // "von der"
            if (!char.IsUpper(word[0]) || !IsNameWord(word)) return LabelShape.None;
            capitalised++;
            if (!CaptionLabelWords.Common.Contains(word.TrimEnd('.', ','))) uncommon++;
        }
        if (capitalised > MaxCapitalisedWords) return LabelShape.None;
        if (uncommon == 0) return capitalised > 1 ? LabelShape.CommonWords : LabelShape.None;
        return capitalised == 1 && !numbered ? LabelShape.SingleName : LabelShape.PersonName;
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

    private enum LabelShape
    {
        /// <summary>Not a label: lower-case words, digits, too many words, one common word ("Honestly").</summary>
        None,
        /// <summary>A tool's label: SPEAKER_00, Speaker 2.</summary>
        Diarization,
        /// <summary>Two to four capitalised words, at least one of them not a common word.</summary>
        PersonName,
        /// <summary>One capitalised word that is not a common word.</summary>
        SingleName,
        /// <summary>Two or more capitalised words that are all common words ("Bottom Line", "Grace Young").</summary>
        CommonWords,
    }
}
