// Splits decoded text into lines once, keeping 1-based line numbers.
using System;
using System.Buffers;
using System.Collections.Generic;

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
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        var length = Normalize(text.AsSpan(), buffer, int.MaxValue, out _);
        var normalized = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return normalized;
    }

    // Writes text normalised (as Normalize) into buffer, which must be as long as the text and may be the text
    // itself (nothing is written ahead of what has been read), up to the end of its maxWords-th word; returns
    // the length written and how many words it holds.
    private static int Normalize(ReadOnlySpan<char> text, Span<char> buffer, int maxWords, out int words)
    {
        var length = 0;
        var space = false;
        words = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = length > 0;
                continue;
            }
            if (space) buffer[length++] = ' ';
            else if (length == 0) words = 1;
            if (space)
            {
                if (words == maxWords) return length - 1;
                words++;
            }
            buffer[length++] = c;
            space = false;
        }
        return length;
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
        var buffer = ArrayPool<char>.Shared.Rent(JoinedLength(lines));
        var joined = new string(buffer, 0, JoinInto(lines, buffer, starts));
        ArrayPool<char>.Shared.Return(buffer);
        return joined;
    }

    /// <summary>
    /// The text of a paragraph of speech: <paramref name="lines"/> joined (<see cref="Join"/>),
    /// stage directions moved to <paramref name="removed"/> (<see cref="StageDirections.Remove"/>, indexes in the
    /// joined text, whose line starts are <paramref name="starts"/>), white space normalised (<see cref="Normalize(string)"/>).
    /// </summary>
    public static string Paragraph(IReadOnlyList<string> lines, List<(string Text, int Index)> removed, out int[] starts)
    {
        foreach (var line in lines)
            if (line.IndexOf('(') >= 0 || line.IndexOf('[') >= 0) return Normalize(StageDirections.Remove(Join(lines, out starts), removed));

        // Without brackets there is nothing to remove: join and normalise in one buffer, and copy once.
        starts = new int[lines.Count];
        var buffer = ArrayPool<char>.Shared.Rent(JoinedLength(lines));
        var length = JoinInto(lines, buffer, starts);
        var normalized = new string(buffer, 0, Normalize(buffer.AsSpan(0, length), buffer, int.MaxValue, out _));
        ArrayPool<char>.Shared.Return(buffer);
        return normalized;
    }

    private static int JoinedLength(IReadOnlyList<string> lines)
    {
        var length = lines.Count;
        foreach (var line in lines) length += line.Length;
        return length;
    }

    // Join, into a buffer of at least JoinedLength characters; returns the length written.
    private static int JoinInto(IReadOnlyList<string> lines, char[] buffer, int[] starts)
    {
        var length = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            int from = 0, to = line.Length;
            if (i + 1 < lines.Count && JoinsAtHyphen(line, lines[i + 1])) to = TrimmedEnd(line);
            if (i > 0 && JoinsAtHyphen(lines[i - 1], lines[i]))
            {
                while (from < to && char.IsWhiteSpace(line[from])) from++;
            }
            else if (i > 0)
            {
                buffer[length++] = ' ';
            }
            starts[i] = length;
            line.CopyTo(from, buffer, length, to - from);
            length += to - from;
        }
        return length;
    }

    /// <summary>
    /// A line broken after the hyphen of a compound ("Under-Secretary-" / "General", "COVID-" / "19")
    /// joins without a space; a dash before a new word ("sanct-" / "— sanctions") keeps it.
    /// </summary>
    private static bool JoinsAtHyphen(string previous, string next)
    {
        var end = TrimmedEnd(previous);
        if (end < 2 || previous[end - 1] != '-' || !char.IsLetterOrDigit(previous[end - 2])) return false;
        var start = 0;
        while (start < next.Length && char.IsWhiteSpace(next[start])) start++;
        return start < next.Length && char.IsLetterOrDigit(next[start]);
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
        var longest = 0;
        foreach (var line in lines) longest = Math.Max(longest, line.Length);
        var buffer = ArrayPool<char>.Shared.Rent(longest);
        var from = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            offsets[i] = -1;
            // The line normalised up to the end of its fifth word: the longest probe (words are single-spaced in it).
            var line = buffer.AsSpan(0, Normalize(lines[i].AsSpan(), buffer, probeWords, out var words));
            if (line.Length == 0) continue;
            var found = 0;
            for (var c = 0; c <= line.Length && found < words; c++)
                if (c == line.Length || line[c] == ' ') ends[found++] = c;
            // Fewer words when a removed stage direction ("(Laughter.)") broke the longer probe; one short word alone could match too early.
            for (var n = words; n >= 1; n--)
            {
                var length = ends[n - 1];
                if (n == 1 && length < 4) break;
                var at = text.AsSpan(from).IndexOf(line.Slice(0, length));
                if (at < 0) continue;
                at += from;
                offsets[i] = at;
                from = at + length;
                break;
            }
        }
        ArrayPool<char>.Shared.Return(buffer);
        return offsets;
    }

    /// <summary>The width text was wrapped at: its longest line, trailing spaces aside.</summary>
    public static int WrapWidth(string[] lines)
    {
        var width = 0;
        foreach (var line in lines) width = Math.Max(width, TrimmedEnd(line));
        return width;
    }

    // The length of the line without white space at its end (line.TrimEnd().Length, without the copy).
    private static int TrimmedEnd(string line)
    {
        var end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1])) end--;
        return end;
    }

    /// <summary>The first character that is not white space, or <c>'\0'</c> when there is none.</summary>
    public static char FirstNonSpace(string line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c)) return c;
        return '\0';
    }

    /// <summary>
    /// Whether <paramref name="next"/> continues <paramref name="previous"/> as a hard-wrapped line does. A
    /// short line whose break was not forced (the next word would have fitted after it) ends there:
    /// "People's House" / "Seoul, Republic of Korea" are two header lines, while a title wrapped at the
    /// margin ("… of the Republic" / "of Korea in Joint Press Conference") is one.
    /// </summary>
    public static bool ContinuesWrapped(string previous, string next, int width)
    {
        var length = TrimmedEnd(previous);
        if (length > MaxHeaderLine) return true;
        var start = 0;
        while (start < next.Length && char.IsWhiteSpace(next[start])) start++;
        var space = start == next.Length ? -1 : next.IndexOfAny(WordBreaks, start);
        var wordLength = space < 0 ? next.Length - start : space - start;
        return length + 1 + wordLength > width;
    }

    private const int MaxHeaderLine = 50;

    private static readonly char[] WordBreaks = { ' ', '\t', '\u00A0' };

    /// <summary>Words separated by spaces (as many as splitting on spaces, empty entries removed, gives).</summary>
    public static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (c != ' ' && !inWord) words++;
            inWord = c != ' ';
        }
        return words;
    }

    public static bool EndsSentence(string trimmed) =>
        trimmed.Length > 0 && ".!?\"”’)]:;…".IndexOf(trimmed[trimmed.Length - 1]) >= 0;
}
