// Splits decoded text into lines once, keeping 1-based line numbers.
using System;
using System.Collections.Generic;
using System.Text;

namespace BriefingKit.Reading.Text.Internal;

internal static class TextLines
{
    public static string[] Split(string text) => text.Split('\n');

    /// <summary>Whitespace, including no-break spaces and zero-width characters, only.</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF') return false;
        return true;
    }

    /// <summary>Joins hard-wrapped lines and collapses runs of whitespace (no-break spaces included) to one space.</summary>
    public static string Normalize(string text)
    {
        if (IsNormal(text)) return text;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            builder.Append(c);
            space = false;
        }
        return builder.ToString();
    }

    // Already as Normalize would make it: no white space at either end, and only single spaces inside.
    private static bool IsNormal(string text)
    {
        var space = true; // a space at the start is not normal either
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (space) return false;
                space = true;
            }
            else if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                return false;
            }
            else
            {
                space = false;
            }
        }
        return !space || text.Length == 0;
    }

    /// <summary>
    /// Joins the lines of one paragraph with a space, and gives the index in the result where
    /// each line starts, so a position in the paragraph can be traced back to its line.
    /// </summary>
    public static string Join(IReadOnlyList<string> lines, out int[] starts)
    {
        starts = new int[lines.Count];
        var builder = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i + 1 < lines.Count && JoinsAtHyphen(line, lines[i + 1])) line = line.TrimEnd();
            if (i > 0 && JoinsAtHyphen(lines[i - 1], lines[i])) line = line.TrimStart();
            else if (i > 0) builder.Append(' ');
            starts[i] = builder.Length;
            builder.Append(line);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A line broken after the hyphen of a compound ("Under-Secretary-" / "General", "COVID-" / "19")
    /// joins without a space; a dash before a new word ("sanct-" / "— sanctions") keeps it.
    /// </summary>
    private static bool JoinsAtHyphen(string previous, string next)
    {
        var end = previous.TrimEnd();
        var start = next.TrimStart();
        return end.Length >= 2 && end[end.Length - 1] == '-' && char.IsLetterOrDigit(end[end.Length - 2])
            && start.Length > 0 && char.IsLetterOrDigit(start[0]);
    }

    /// <summary>The 1-based line of the character at <paramref name="index"/> of a paragraph joined by <see cref="Join"/>.</summary>
    public static int LineAt(int index, int[] starts, IReadOnlyList<int> lineNumbers)
    {
        var i = starts.Length - 1;
        while (i > 0 && starts[i] > index) i--;
        return lineNumbers[i];
    }

    /// <summary>
    /// Where each of a paragraph's input lines starts in the paragraph's final text (joined, stage directions
    /// removed, spaces normalised), or -1 for a line that left nothing findable: each line is found, in order,
    /// by its first few words, which survive the joining. A wrapped sentence can then be traced to its line.
    /// </summary>
    public static int[] LineOffsets(string text, IReadOnlyList<string> lines)
    {
        const int probeWords = 5;
        var offsets = new int[lines.Count];
        Span<int> ends = stackalloc int[probeWords];
        var from = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            offsets[i] = -1;
            var line = Normalize(lines[i]);
            if (line.Length == 0) continue;
            // The probe of n words is the normalised line up to the end of its n-th word (words are single-spaced).
            var words = 0;
            for (var c = 0; c <= line.Length && words < probeWords; c++)
                if (c == line.Length || line[c] == ' ') ends[words++] = c;
            // Fewer words when a removed stage direction ("(Laughter.)") broke the longer probe; one short word alone could match too early.
            for (var n = words; n >= 1; n--)
            {
                var length = ends[n - 1];
                if (n == 1 && length < 4) break;
                var at = text.AsSpan(from).IndexOf(line.AsSpan(0, length));
                if (at < 0) continue;
                at += from;
                offsets[i] = at;
                from = at + length;
                break;
            }
        }
        return offsets;
    }

    /// <summary>The width text was wrapped at: its longest line, trailing spaces aside.</summary>
    public static int WrapWidth(string[] lines)
    {
        var width = 0;
        foreach (var line in lines) width = Math.Max(width, line.TrimEnd().Length);
        return width;
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues <paramref name="previous"/> as a hard-wrapped line does. A
    /// short line whose break was not forced (the next word would have fitted after it) ends there:
    /// "People's House" / "Seoul, Republic of Korea" are two header lines, while a title wrapped at the
    /// margin ("… of the Republic" / "of Korea in Joint Press Conference") is one.
    /// </summary>
    public static bool ContinuesWrapped(string previous, string next, int width)
    {
        var length = previous.TrimEnd().Length;
        if (length > MaxHeaderLine) return true;
        var word = next.TrimStart();
        var space = word.IndexOfAny(new[] { ' ', '\t', '\u00A0' });
        var wordLength = space < 0 ? word.Length : space;
        return length + 1 + wordLength > width;
    }

    private const int MaxHeaderLine = 50;

    public static int WordCount(string text) =>
        text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    public static bool EndsSentence(string trimmed) =>
        trimmed.Length > 0 && ".!?\"”’)]:;…".IndexOf(trimmed[trimmed.Length - 1]) >= 0;
}
