// The lower-cased keys of tokens, shared: a transcript repeats a few thousand words many times,
// so each thread keeps one string per distinct short ASCII key instead of making a new string
// (a substring, then its lower-cased copy) for every token. That was most of the strings the
// analysis allocated and held per sentence. Other tokens (non-ASCII, long) are lower-cased as before.
using System;

namespace BriefingKit.Analysis;

internal static class TokenKeys
{
    private const int MaxLength = 24;
    private const int Capacity = 1 << 15;   // keys kept per thread, at most
    private const int Slots = Capacity * 2; // open addressing, at most half full

    [ThreadStatic]
    private static string?[]? _slots;

    [ThreadStatic]
    private static int _count;

    /// <summary>The key of <c>text[start..start+length)</c>, as <see cref="WordTokens.Key"/> gives it.</summary>
    public static string Of(string text, int start, int length)
    {
        if (length > MaxLength) return WordTokens.Key(text.Substring(start, length));
        var hash = 17;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (c > 0x7F) return WordTokens.Key(text.Substring(start, length));
            hash = unchecked((hash * 31) + Lower(c));
        }

        var slots = _slots ??= new string?[Slots];
        var slot = (hash & 0x7FFFFFFF) % Slots;
        while (slots[slot] is { } kept)
        {
            if (SameKey(kept, text, start, length)) return kept;
            slot = (slot + 1) % Slots;
        }

        var key = MakeKey(text, start, length);
        if (_count < Capacity)
        {
            slots[slot] = key;
            _count++;
        }
        return key;
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;

    private static bool SameKey(string key, string text, int start, int length)
    {
        if (key.Length != length) return false;
        for (var i = 0; i < length; i++)
            if (key[i] != Lower(text[start + i])) return false;
        return true;
    }

    private static string MakeKey(string text, int start, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++) chars[i] = Lower(text[start + i]);
        return new string(chars);
    }
}
