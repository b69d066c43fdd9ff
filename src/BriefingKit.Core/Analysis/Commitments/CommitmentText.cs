// The small text pieces every part of the commitment analysis reads by: a word, an aside in
// parentheses, a list marker, and the words after a clause boundary.
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static class CommitmentText
{
    /// <summary>"will (i) modify …; and (ii) remove …": list markers of an enumerated action.</summary>
    public static readonly Regex Enumerator = new(@"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    /// <summary>"(including articles of …)": an aside of three words or more, left out of the action's words.</summary>
    public static readonly Regex Aside = new(@"\s*\((?:[^()\s]+\s+){2,}[^()]*\)", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    /// <summary>A word as the commitment rules count it: letters and digits with inner apostrophes, dots and hyphens ("U.S.", "we'll").</summary>
    public static readonly Regex Word = new(@"[\p{L}\p{N}][\p{L}\p{N}’'.\-]*", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    /// <summary>The words after the last clause boundary (comma, semicolon, colon, dash, parenthesis).</summary>
    public static string LastSegment(string before)
    {
        var cut = before.LastIndexOfAny(new[] { ',', ';', ':', '—', '–', '(', ')' });
        return cut < 0 ? before : before.Substring(cut + 1);
    }
}
