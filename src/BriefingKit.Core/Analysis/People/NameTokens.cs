// The words a person mention is built from: capitalised words ("Vladimir", "Putin."), initials
// run together ("U.S."), a surname with its particle ("al-Assad", "bin Salman"), a generational
// suffix after a comma ("Roe, Jr.") taken with its word, and "of"/"the" inside titles. Read by a
// scan of the sentence, one character class test per character: this was a regex with named groups
// run over every sentence, and the most expensive step of finding mentions.
//
// The scan gives exactly what this pattern gave (tests compare the two on generated text):
//   (?<w>\p{Lu}\.(?:\p{Lu}\.)+ | PARTICLE?\p{Lu}[\p{L}\p{M}'’\-]*\.? | of | the)(?:,\s*SUFFIX\.)?
using System;
using System.Collections.Generic;
using System.Globalization;

namespace BriefingKit.Analysis;

internal static class NameTokens
{
    /// <summary>The matches of the pattern in <paramref name="text"/>, left to right: where each starts and ends, and its word.</summary>
    public static List<(int Index, int End, string Word)> Scan(string text, NameWords words)
    {
        var found = new List<(int, int, string)>();
        // An ASCII character that is not a capital can start a match only as "of", "the" or a particle.
        var starts = words.MatchStarts;
        var p = 0;
        while (p < text.Length)
        {
            var c = text[p];
            var wordEnd = c < 0x80 && c is not (>= 'A' and <= 'Z') && starts.IndexOf(c) < 0 ? -1 : WordAt(text, p, words);
            if (wordEnd < 0)
            {
                p++;
                continue;
            }
            var end = SuffixEnd(text, wordEnd, words);
            found.Add((p, end, text.Substring(p, wordEnd - p)));
            p = end;
        }
        return found;
    }

    // Where the word starting at p ends, or -1: the pattern's alternatives in its order.
    private static int WordAt(string text, int p, NameWords words)
    {
        if (IsUpper(text, p) && At(text, p + 1, '.') && IsUpper(text, p + 2) && At(text, p + 3, '.'))
        {
            var q = p + 4;
            while (IsUpper(text, q) && At(text, q + 1, '.')) q += 2;
            return q;
        }
        var name = NameStart(text, p, words);
        if (name >= 0)
        {
            var q = name + 1;
            while (q < text.Length && IsNameChar(text[q])) q++;
            return At(text, q, '.') ? q + 1 : q;
        }
        if (string.CompareOrdinal(text, p, "of", 0, 2) == 0) return p + 2;
        if (string.CompareOrdinal(text, p, "the", 0, 3) == 0) return p + 3;
        return -1;
    }

    // Where the capital of a name starting at p is: after a particle when one stands there and a capital follows it, else at p.
    private static int NameStart(string text, int p, NameWords words)
    {
        foreach (var particle in words.JoinedParticles)
            if (Starts(text, p, particle) && IsUpper(text, p + particle.Length)) return p + particle.Length;
        foreach (var particle in words.SpacedParticles)
        {
            var space = p + particle.Length;
            if (Starts(text, p, particle) && space < text.Length && char.IsWhiteSpace(text[space]) && IsUpper(text, space + 1)) return space + 1;
        }
        return IsUpper(text, p) ? p : -1;
    }

    // ", Jr." after a word belongs to the match: where it ends, else the word's end.
    private static int SuffixEnd(string text, int wordEnd, NameWords words)
    {
        if (!At(text, wordEnd, ',')) return wordEnd;
        var r = wordEnd + 1;
        while (r < text.Length && char.IsWhiteSpace(text[r])) r++;
        foreach (var suffix in words.SuffixesInTurn)
        {
            var end = WordsAt(text, r, suffix);
            if (end >= 0 && At(text, end, '.')) return end + 1;
        }
        return wordEnd;
    }

    // Where an entry ends when it stands at r, its words separated by any white space (as a word-list alternation matches them), else -1.
    private static int WordsAt(string text, int r, string entry)
    {
        var parts = entry.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                var spaces = r;
                while (r < text.Length && char.IsWhiteSpace(text[r])) r++;
                if (r == spaces) return -1;
            }
            if (!Starts(text, r, parts[i])) return -1;
            r += parts[i].Length;
        }
        return r;
    }

    private static bool Starts(string text, int at, string value) =>
        at + value.Length <= text.Length && string.CompareOrdinal(text, at, value, 0, value.Length) == 0;

    private static bool At(string text, int at, char c) => at < text.Length && text[at] == c;

    private static bool IsUpper(string text, int at) =>
        at < text.Length && (text[at] < 0x80 ? text[at] is >= 'A' and <= 'Z' : char.GetUnicodeCategory(text[at]) == UnicodeCategory.UppercaseLetter);

    private static bool IsNameChar(char c) => c < 0x80 ? c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '\'' or '-' : c == '’' || char.GetUnicodeCategory(c) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
