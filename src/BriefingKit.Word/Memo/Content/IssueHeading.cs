// The heading an issue section gets. A taxonomy name that joins two topics ("NATO and alliances")
// is narrowed to the topic the evidence is about: a week of U.S.–Japan alliance talk with no word of
// NATO is headed "Alliances", not "NATO and alliances". The table keeps the taxonomy name, so its
// rows match the issue matrix.
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Word.Memo.Content;

internal static class IssueHeading
{
    /// <summary>
    /// <paramref name="name"/>, or the one of its two "X and Y" parts that <paramref name="evidence"/> mentions
    /// when it never mentions the other (a part is mentioned when one of its words of four or more letters, or
    /// an acronym, starts a word of the text, so "alliances" matches "Alliance" and "trade" matches "trading").
    /// </summary>
    public static string For(string name, IEnumerable<string> evidence)
    {
        var parts = name.Split(new[] { " and " }, StringSplitOptions.None);
        if (parts.Length != 2 || parts.Any(p => p.Trim().Length == 0)) return name;
        var words = new HashSet<string>(evidence.SelectMany(Words), StringComparer.OrdinalIgnoreCase);
        var first = Mentioned(parts[0], words);
        var second = Mentioned(parts[1], words);
        if (first == second) return name;
        var part = (first ? parts[0] : parts[1]).Trim();
        return char.ToUpperInvariant(part[0]) + part.Substring(1);
    }

    private static bool Mentioned(string part, HashSet<string> words)
    {
        var keys = Words(part).Where(w => w.Length >= 4 || (w.Length >= 2 && w.All(char.IsUpper))).Select(Stem).ToList();
        return keys.Count > 0 && keys.Any(k => words.Any(w => w.StartsWith(k, StringComparison.OrdinalIgnoreCase)));
    }

    // Drops an English plural or verb ending so "alliances" finds "alliance" and "trade" finds "trading".
    private static string Stem(string word)
    {
        if (word.All(char.IsUpper)) return word;
        var w = word.ToLowerInvariant();
        foreach (var ending in new[] { "ies", "es", "s", "e" })
            if (w.Length - ending.Length >= 4 && w.EndsWith(ending, StringComparison.Ordinal)) return w.Substring(0, w.Length - ending.Length);
        return w;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(new[] { ' ', '-', '\u2013', '\u2014', ',', '.', ';', ':', '(', ')', '\'', '\u2019', '"', '\u201C', '\u201D', '/' }, StringSplitOptions.RemoveEmptyEntries);
}
