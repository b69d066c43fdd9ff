// The small text pieces every part of the commitment analysis reads by: a word, an aside in
// parentheses, a list marker, and the words after a clause boundary. The patterns are fixed, so on
// net8.0 they are source-generated (compiled at build time: no code generation at start-up, and not
// interpreted under Native AOT); netstandard2.0 builds them at run time.
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static partial class CommitmentText
{
    private const string EnumeratorPattern = @"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s*";
    private const string AsidePattern = @"\s*\((?:[^()\s]+\s+){2,}[^()]*\)";
    private const string WordPattern = @"[\p{L}\p{N}][\p{L}\p{N}’'.\-]*";
    private const string ToAfterHolderPattern = @"^[^,.]{1,60}?\s+to\s+(?=[a-z])";
    private const string AndVerbPattern = @",?\s+and\s+(?:also\s+)?(?<verb>\w+)";
    private const string UnblankedWordPattern = @"[^\s\u0001]+";
    private const string ToNextWordPattern = @"\bto\s+(?<next>[a-z][\p{L}\-]*)";

    /// <summary>"will (i) modify …; and (ii) remove …": list markers of an enumerated action.</summary>
    public static readonly Regex Enumerator = EnumeratorRegex();

    /// <summary>"(including articles of …)": an aside of three words or more, left out of the action's words.</summary>
    public static readonly Regex Aside = AsideRegex();

    /// <summary>A word as the commitment rules count it: letters and digits with inner apostrophes, dots and hyphens ("U.S.", "we'll").</summary>
    public static readonly Regex Word = WordRegex();

    /// <summary>"the intention of Freedonia to send …": the words up to the "to" after a holder.</summary>
    public static readonly Regex ToAfterHolder = ToAfterHolderRegex();

    /// <summary>"…, and (also) pledged": "and" before a word that may start a second verb phrase (group <c>verb</c>).</summary>
    public static readonly Regex AndVerb = AndVerbRegex();

    /// <summary>A word of a text whose asides are blanked out with U+0001.</summary>
    public static readonly Regex UnblankedWord = UnblankedWordRegex();

    /// <summary>"to" and the word after it (group <c>next</c>).</summary>
    public static readonly Regex ToNextWord = ToNextWordRegex();

#if NET7_0_OR_GREATER
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(EnumeratorPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex EnumeratorRegex();
    [GeneratedRegex(AsidePattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex AsideRegex();
    [GeneratedRegex(WordPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex WordRegex();
    [GeneratedRegex(ToAfterHolderPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ToAfterHolderRegex();
    [GeneratedRegex(AndVerbPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex AndVerbRegex();
    [GeneratedRegex(UnblankedWordPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex UnblankedWordRegex();
    [GeneratedRegex(ToNextWordPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ToNextWordRegex();
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex EnumeratorRegex() => new(EnumeratorPattern, Options, RegexLimits.Timeout);
    private static Regex AsideRegex() => new(AsidePattern, Options, RegexLimits.Timeout);
    private static Regex WordRegex() => new(WordPattern, Options, RegexLimits.Timeout);
    private static Regex ToAfterHolderRegex() => new(ToAfterHolderPattern, Options, RegexLimits.Timeout);
    private static Regex AndVerbRegex() => new(AndVerbPattern, Options, RegexLimits.Timeout);
    private static Regex UnblankedWordRegex() => new(UnblankedWordPattern, Options, RegexLimits.Timeout);
    private static Regex ToNextWordRegex() => new(ToNextWordPattern, Options, RegexLimits.Timeout);
#endif

    /// <summary>The words after the last clause boundary (comma, semicolon, colon, dash, parenthesis).</summary>
    public static string LastSegment(string before)
    {
        var cut = before.LastIndexOfAny(new[] { ',', ';', ':', '—', '–', '(', ')' });
        return cut < 0 ? before : before.Substring(cut + 1);
    }
}
