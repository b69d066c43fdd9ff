// The fixed regular expressions of the people analysis (the ones built from word lists stay with their
// lists). On net8.0 they are source-generated: compiled when BriefingKit is built, so a run neither pays
// RegexOptions.Compiled's code generation at start-up nor runs them interpreted under Native AOT.
// netstandard2.0 builds the same patterns at run time.
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static partial class PeoplePatterns
{
    // "his Sylvanian counterpart, Ann Lind": the adjective of a place and a full name.
    private const string CounterpartPattern = @"\b(?<adj>[\p{Lu}][\p{L}\-]+)\s+counterparts?,\s+(?<name>[\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}][\p{L}'’\-]+){1,3})";
    // "… of Freedonia": the place after a person's name or title.
    private const string OfPlacePattern = @"^\s+of\s+(?:the\s+)?(?<place>[\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,3})";
    // "President Macron and Scholz said": a title before two surnames joined by "and" is both people's.
    private const string AndSurnamePattern = @"^\s+and\s+(?<name>[\p{Lu}][\p{L}\p{M}'’\-]+)(?![\p{L}\p{M}'’\-]|\.?\s*[\p{Lu}]|\s+of\b)";
    // "State Secretary to Prime Minister Jan Berg", "Senior Adviser to President Smith": the person in another's title.
    private const string TitleOfAnotherPattern = @"\b(?<role>[\p{Lu}][\p{L}\-]+)\s+(?:to|for)\s+(?:the\s+)?$";

    public static readonly Regex Counterpart = CounterpartRegex();
    public static readonly Regex OfPlace = OfPlaceRegex();
    public static readonly Regex AndSurname = AndSurnameRegex();
    public static readonly Regex TitleOfAnother = TitleOfAnotherRegex();

#if NET7_0_OR_GREATER
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(CounterpartPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex CounterpartRegex();
    [GeneratedRegex(OfPlacePattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex OfPlaceRegex();
    [GeneratedRegex(AndSurnamePattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex AndSurnameRegex();
    [GeneratedRegex(TitleOfAnotherPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex TitleOfAnotherRegex();
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex CounterpartRegex() => new(CounterpartPattern, Options, RegexLimits.Timeout);
    private static Regex OfPlaceRegex() => new(OfPlacePattern, Options, RegexLimits.Timeout);
    private static Regex AndSurnameRegex() => new(AndSurnamePattern, Options, RegexLimits.Timeout);
    private static Regex TitleOfAnotherRegex() => new(TitleOfAnotherPattern, Options, RegexLimits.Timeout);
#endif
}
