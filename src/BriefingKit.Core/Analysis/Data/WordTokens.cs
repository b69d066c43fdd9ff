// Splits text into word tokens (runs of letters and digits) and single punctuation marks,
// with their positions and lower-cased keys, so phrase lists are matched word by word
// instead of by regex.
using System.Globalization;

namespace BriefingKit.Analysis;

internal static class WordTokens
{
    /// <summary>The tokens of <paramref name="text"/>, each lower-cased once.</summary>
    public static Token[] Tokenize(string text)
    {
        var tokens = new System.Collections.Generic.List<Token>(text.Length / 5 + 1);
        var i = 0;
        while (Next(text, ref i, out var token)) tokens.Add(token);
        return tokens.ToArray();
    }

    /// <summary>
    /// The token at or after <paramref name="i"/>, moving <paramref name="i"/> past it; false at the end of the
    /// text. (For callers that need only the first few tokens of a long text.)
    /// </summary>
    public static bool Next(string text, ref int i, out Token token)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length)
        {
            token = default;
            return false;
        }
        var start = i;
        if (char.IsLetterOrDigit(text[i]))
        {
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]) || IsMark(text[i]))) i++;
        }
        else
        {
            i++;
        }
        token = new Token(start, i - start, TokenKeys.Of(text, start, i - start));
        return true;
    }

    /// <summary>The matching key of a token: lower-cased, typographic apostrophes as <c>'</c>.</summary>
    public static string Key(string token) => Normalize(token).ToLowerInvariant();

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Normalises apostrophes so "Japan’s" and "Japan's" match alike.</summary>
    public static string Normalize(string token) => token == "’" || token == "‘" ? "'" : token;
}
