// Finds many phrases in text at once, longest first, on word boundaries. Phrases written
// with capitals and no lower-case letters ("DPRK", "ISIS") match case-sensitively; all
// others ignore case.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal sealed class PhraseMatcher<TValue>
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, TValue> _caseSensitive = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TValue> _caseInsensitive = new(StringComparer.OrdinalIgnoreCase);

    public PhraseMatcher(IEnumerable<(string Phrase, TValue Value)> phrases)
    {
        var sensitive = new List<string>();
        var insensitive = new List<string>();
        foreach (var (phrase, value) in phrases)
        {
            var p = phrase.Trim();
            if (p.Length == 0) continue;
            if (p.Any(char.IsLetter) && !p.Any(char.IsLower))
            {
                if (_caseSensitive.ContainsKey(p)) continue;
                _caseSensitive[p] = value;
                sensitive.Add(p);
            }
            else
            {
                if (_caseInsensitive.ContainsKey(p)) continue;
                _caseInsensitive[p] = value;
                insensitive.Add(p);
            }
        }
        // Longest alternatives first so "raised concerns" wins over "raised".
        string Alternation(IEnumerable<string> items) => string.Join("|", items.OrderByDescending(x => x.Length).Select(x => Regex.Escape(x).Replace(@"\ ", @"\s+")));
        var parts = new List<string>();
        if (sensitive.Count > 0) parts.Add("(?-i:" + Alternation(sensitive) + ")");
        if (insensitive.Count > 0) parts.Add("(?i:" + Alternation(insensitive) + ")");
        _pattern = parts.Count == 0
            ? new Regex("(?!)", RegexOptions.CultureInvariant)
            : new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", parts) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(5));
    }

    public IEnumerable<(int Index, int Length, string Text, TValue Value)> Matches(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (Match match in _pattern.Matches(text))
        {
            var key = Regex.Replace(match.Value, @"\s+", " ");
            if (_caseSensitive.TryGetValue(key, out var value) || _caseInsensitive.TryGetValue(key, out value))
                yield return (match.Index, match.Length, match.Value, value);
        }
    }
}
