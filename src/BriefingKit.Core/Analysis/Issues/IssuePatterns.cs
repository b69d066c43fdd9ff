// The fixed regular expressions of the issue tagging. On net8.0 they are source-generated: compiled when
// BriefingKit is built, so a run neither pays RegexOptions.Compiled's code generation at start-up nor runs
// them interpreted under Native AOT. netstandard2.0 builds the same patterns at run time.
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static partial class IssuePatterns
{
    // "Freedonia-Sylvania relationship", "Freedonia–Sylvania ties": two capitalised names joined by a hyphen before a noun.
    private const string NamePairPattern = @"\b\p{Lu}[\p{L}.]*[-–]\p{Lu}[\p{L}.]*\s+(\p{L}+)";

    public static readonly Regex NamePair = NamePairRegex();

#if NET7_0_OR_GREATER
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(NamePairPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex NamePairRegex();
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex NamePairRegex() => new(NamePairPattern, Options, RegexLimits.Timeout);
#endif
}
