// Near-duplicate detection for evidence and commitments: the same sentence repeated across a
// week's readouts and statements (or with different punctuation) is shown once.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace BriefingKit.Word.Memo.Content;

internal static class TextKey
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) { if (space && builder.Length > 0) builder.Append(' '); builder.Append(char.ToLowerInvariant(c)); space = false; }
            else space = true;
        }
        return builder.ToString();
    }

    private static HashSet<string> Words(string normalized) =>
        new(normalized.Split(' ').Where(w => w.Length > 2), StringComparer.Ordinal);

    /// <summary>Whether two texts share most of their words (Jaccard ≥ 0.75), or one contains the other.</summary>
    public static bool NearlySame(string a, string b)
    {
        var ka = KeyOf(a);
        var kb = KeyOf(b);
        var na = ka.Normalized;
        var nb = kb.Normalized;
        if (na.Length == 0 || nb.Length == 0) return na == nb;
        if (na.IndexOf(nb, StringComparison.Ordinal) >= 0 || nb.IndexOf(na, StringComparison.Ordinal) >= 0) return true;
        var wa = ka.Words;
        var wb = kb.Words;
        if (wa.Count == 0 || wb.Count == 0) return false;
        var common = wa.Count(wb.Contains);
        return common / (double)(wa.Count + wb.Count - common) >= 0.75;
    }

    // The memo compares each candidate sentence with every sentence quoted so far (while sorting, too), so the
    // same texts are normalised over and over: each text's key is made once and kept as long as the text is.
    private static readonly ConditionalWeakTable<string, Key> Keys = new();

    private static Key KeyOf(string text) => Keys.GetValue(text, t => new Key(Normalize(t)));

    private sealed class Key
    {
        private HashSet<string>? _words;

        public Key(string normalized) => Normalized = normalized;

        public string Normalized { get; }

        /// <summary>The words of more than two letters (read only: shared by every comparison of the text).</summary>
        public HashSet<string> Words => _words ??= TextKey.Words(Normalized); // a benign race: both sets are equal
    }
}
