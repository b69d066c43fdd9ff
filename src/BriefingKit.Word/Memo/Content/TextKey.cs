// Near-duplicate detection for evidence and commitments: the same sentence repeated across a
// week's readouts and statements (or with different punctuation) is shown once.
using System;
using System.Collections.Generic;
using System.Linq;
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

    public static HashSet<string> Words(string text) =>
        new(Normalize(text).Split(' ').Where(w => w.Length > 2), StringComparer.Ordinal);

    /// <summary>Whether two texts share most of their words (Jaccard ≥ 0.75), or one contains the other.</summary>
    public static bool NearlySame(string a, string b)
    {
        var na = Normalize(a);
        var nb = Normalize(b);
        if (na.Length == 0 || nb.Length == 0) return na == nb;
        if (na.IndexOf(nb, StringComparison.Ordinal) >= 0 || nb.IndexOf(na, StringComparison.Ordinal) >= 0) return true;
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Count == 0 || wb.Count == 0) return false;
        var common = wa.Count(wb.Contains);
        return common / (double)(wa.Count + wb.Count - common) >= 0.75;
    }
}
