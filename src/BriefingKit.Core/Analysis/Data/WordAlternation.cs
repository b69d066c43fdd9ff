// A word list as one regex alternation, for the few lists that are matched inside a larger
// pattern (a list at a sentence's start, before a comma): longest entry first, so "both sides"
// is tried before "both"; the words of an entry match with any spacing. Lists matched on their
// own go through PhraseMatcher instead.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static class WordAlternation
{
    /// <summary>The entries as <c>(?:…|…)</c>, without a capturing group; an empty list matches nothing.</summary>
    public static string Of(IEnumerable<string> entries)
    {
        var alternatives = entries.Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)
            .Select(v => string.Join(@"\s+", v.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape))).ToList();
        return alternatives.Count == 0 ? "(?!)" : "(?:" + string.Join("|", alternatives) + ")";
    }
}
