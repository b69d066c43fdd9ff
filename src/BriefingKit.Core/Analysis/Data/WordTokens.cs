// Splits text into word tokens (runs of letters and digits) and single punctuation marks,
// with their positions, so phrase lists can be matched word by word instead of by regex.
using System.Collections.Generic;

namespace BriefingKit.Analysis;

internal readonly struct WordToken
{
    public WordToken(int index, int length)
    {
        Index = index;
        Length = length;
    }

    public int Index { get; }

    public int Length { get; }

    public int End => Index + Length;
}

internal static class WordTokens
{
    public static List<WordToken> Of(string text)
    {
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]) || IsMark(text[i]))) i++;
            }
            else
            {
                i++;
            }
            tokens.Add(new WordToken(start, i - start));
        }
        return tokens;
    }

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    /// <summary>Normalises apostrophes so "Japan’s" and "Japan's" match alike.</summary>
    public static string Normalize(string token) => token == "’" || token == "‘" ? "'" : token;
}
