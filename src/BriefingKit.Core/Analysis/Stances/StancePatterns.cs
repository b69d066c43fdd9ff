// The fixed regular expressions of the stance analysis (the ones built from word lists stay with their
// lists). On net8.0 they are source-generated: compiled when BriefingKit is built, so a run neither pays
// RegexOptions.Compiled's code generation at start-up (most of a short run's CPU) nor runs them
// interpreted under Native AOT. netstandard2.0 builds the same patterns at run time.
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static partial class StancePatterns
{
    // "as we have said", ", as I already told you": the speaker's aside before a cue, not their stance now.
    private const string InAsAsidePattern = @"(?:^|[,—–(]\s*|\b(?:and|but)\s+)as\s+(?:I|we|you|he|she|they)(?:[’'](?:ve|ll|d|re))?\s+(?:(?:have|has|had|also|already|just|all)\s+){0,2}$";

    // "Previously in 2014, …": at most one capitalised adverb before a year that opens a sentence.
    private const string FrontedAdverbPattern = @"^\s*(?:[A-Z][a-z]+ly\s+)?$";

    // The words between an appeal and a later cue that make the cue part of what is asked: an infinitive, and
    // no new clause ("; …", "and welcomed …").
    private const string AskedForPattern = @"^(?=[^;]*\bto\s)(?![^;]*\b(?:and|but)\s+(?:also\s+)?[a-z]+ed\b)[^;]*$";

    private const string ThatClausePattern = @"\bthat\s+";

    // What may stand between the actors of an addressee ("the United States and Japan", "both Freedonia, Sylvania").
    private const string ActorJoinersPattern = @"^(?:\s|\b(?:and|the|both)\b|,)*$";

    private const string ThirdPartyPronounPattern = @"\b[Tt]hey\b";

    // "agreed to support": a cue followed by an infinitive (not "to the", "to a", …) states the infinitive's stance.
    private const string InfinitiveAfterPattern = @"^\s+to\s+(?!the\b|a\b|an\b|this\b|that\b)[a-z]+";

    private const string ComplementPattern = @"\bthat\s+(?=\S)";
    private const string FirstPersonPattern = @"\b(?:we|We|I|our|Our|us|my|My)\b|\bwe[’']";
    private const string FirstPersonPluralPattern = @"\b(?:[Ww]e|[Oo]ur|us)\b|\b[Ww]e[’']";
    private const string ThirdPersonPattern = @"\b(?:he|He|she|She)\b";

    // "Talks in Geneva": an actor after a preposition of place is where, not who.
    private const string LocatedPattern = @"\b(?:in|at|from|near)\s+(?:the\s+)?$";

    // "Freedonia's", "Freedonia ": what may stand between an actor and the cue it is the target of.
    private const string PossessiveGapPattern = @"^(?:[’']s)?\s*$";

    // The punctuation that splits a sentence's words before a cue into clauses.
    private const string ClauseBreakPattern = @"[,;:—–]";

    private const string FirstPersonPossessivePattern = @"\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z]+(?:-[a-z]+)?\s+){0,3}$";
    private const string ListTailPattern = @"^\s*(?:and|or)\s";
    // "with the EU", "with Minister Ortiz of Freedonia": a preposition and one word, or a capitalised name phrase, ending the segment.
    private const string ListAfterPrepositionPattern = @"\b(?:with|by|from|to|of|for|against|including|like|and)\s+(?:the\s+)?(?:\S+|[A-Z]\S*(?:\s+(?:[A-Z]\S*|of|the|and|for))*)\s*$";
    private const string ListWordsPattern = @"^(?:\s*(?i:and|or|the)\b)*";
    private const string WordPattern = @"\S+";

    // A possessive or contraction at a word's end ("Japan's", "we’re", "I’ve"), and the two kinds apart.
    private const string WordEndingPattern = @"[’'](?:s|re|ve|ll|d|m)?$";
    private const string PossessiveEndPattern = @"[’']s?[,.;:]?$";
    private const string ContractionEndPattern = @"[’'](?:re|ve|ll|d|m)$";

    public static readonly Regex InAsAside = InAsAsideRegex();
    public static readonly Regex FrontedAdverb = FrontedAdverbRegex();
    public static readonly Regex AskedFor = AskedForRegex();
    public static readonly Regex ThatClause = ThatClauseRegex();
    public static readonly Regex ActorJoiners = ActorJoinersRegex();
    public static readonly Regex ThirdPartyPronoun = ThirdPartyPronounRegex();
    public static readonly Regex InfinitiveAfter = InfinitiveAfterRegex();
    public static readonly Regex Complement = ComplementRegex();
    public static readonly Regex FirstPerson = FirstPersonRegex();
    public static readonly Regex FirstPersonPlural = FirstPersonPluralRegex();
    public static readonly Regex ThirdPerson = ThirdPersonRegex();
    public static readonly Regex Located = LocatedRegex();
    public static readonly Regex PossessiveGap = PossessiveGapRegex();
    public static readonly Regex ClauseBreak = ClauseBreakRegex();
    public static readonly Regex FirstPersonPossessive = FirstPersonPossessiveRegex();
    public static readonly Regex ListTail = ListTailRegex();
    public static readonly Regex ListAfterPreposition = ListAfterPrepositionRegex();
    public static readonly Regex ListWords = ListWordsRegex();
    public static readonly Regex Word = WordRegex();
    public static readonly Regex WordEnding = WordEndingRegex();
    public static readonly Regex PossessiveEnd = PossessiveEndRegex();
    public static readonly Regex ContractionEnd = ContractionEndRegex();

#if NET7_0_OR_GREATER
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(InAsAsidePattern, Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)] private static partial Regex InAsAsideRegex();
    [GeneratedRegex(FrontedAdverbPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex FrontedAdverbRegex();
    [GeneratedRegex(AskedForPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex AskedForRegex();
    [GeneratedRegex(ThatClausePattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ThatClauseRegex();
    [GeneratedRegex(ActorJoinersPattern, Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)] private static partial Regex ActorJoinersRegex();
    [GeneratedRegex(ThirdPartyPronounPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ThirdPartyPronounRegex();
    [GeneratedRegex(InfinitiveAfterPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex InfinitiveAfterRegex();
    [GeneratedRegex(ComplementPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ComplementRegex();
    [GeneratedRegex(FirstPersonPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex FirstPersonRegex();
    [GeneratedRegex(FirstPersonPluralPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex FirstPersonPluralRegex();
    [GeneratedRegex(ThirdPersonPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ThirdPersonRegex();
    [GeneratedRegex(LocatedPattern, Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)] private static partial Regex LocatedRegex();
    [GeneratedRegex(PossessiveGapPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex PossessiveGapRegex();
    [GeneratedRegex(ClauseBreakPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ClauseBreakRegex();
    [GeneratedRegex(FirstPersonPossessivePattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex FirstPersonPossessiveRegex();
    [GeneratedRegex(ListTailPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ListTailRegex();
    [GeneratedRegex(ListAfterPrepositionPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ListAfterPrepositionRegex();
    [GeneratedRegex(ListWordsPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ListWordsRegex();
    [GeneratedRegex(WordPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex WordRegex();
    [GeneratedRegex(WordEndingPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex WordEndingRegex();
    [GeneratedRegex(PossessiveEndPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex PossessiveEndRegex();
    [GeneratedRegex(ContractionEndPattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex ContractionEndRegex();
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex InAsAsideRegex() => new(InAsAsidePattern, Options | RegexOptions.IgnoreCase, RegexLimits.Timeout);
    private static Regex FrontedAdverbRegex() => new(FrontedAdverbPattern, Options, RegexLimits.Timeout);
    private static Regex AskedForRegex() => new(AskedForPattern, Options, RegexLimits.Timeout);
    private static Regex ThatClauseRegex() => new(ThatClausePattern, Options, RegexLimits.Timeout);
    private static Regex ActorJoinersRegex() => new(ActorJoinersPattern, Options | RegexOptions.IgnoreCase, RegexLimits.Timeout);
    private static Regex ThirdPartyPronounRegex() => new(ThirdPartyPronounPattern, Options, RegexLimits.Timeout);
    private static Regex InfinitiveAfterRegex() => new(InfinitiveAfterPattern, Options, RegexLimits.Timeout);
    private static Regex ComplementRegex() => new(ComplementPattern, Options, RegexLimits.Timeout);
    private static Regex FirstPersonRegex() => new(FirstPersonPattern, Options, RegexLimits.Timeout);
    private static Regex FirstPersonPluralRegex() => new(FirstPersonPluralPattern, Options, RegexLimits.Timeout);
    private static Regex ThirdPersonRegex() => new(ThirdPersonPattern, Options, RegexLimits.Timeout);
    private static Regex LocatedRegex() => new(LocatedPattern, Options | RegexOptions.IgnoreCase, RegexLimits.Timeout);
    private static Regex PossessiveGapRegex() => new(PossessiveGapPattern, Options, RegexLimits.Timeout);
    private static Regex ClauseBreakRegex() => new(ClauseBreakPattern, Options, RegexLimits.Timeout);
    private static Regex FirstPersonPossessiveRegex() => new(FirstPersonPossessivePattern, Options, RegexLimits.Timeout);
    private static Regex ListTailRegex() => new(ListTailPattern, Options, RegexLimits.Timeout);
    private static Regex ListAfterPrepositionRegex() => new(ListAfterPrepositionPattern, Options, RegexLimits.Timeout);
    private static Regex ListWordsRegex() => new(ListWordsPattern, Options, RegexLimits.Timeout);
    private static Regex WordRegex() => new(WordPattern, Options, RegexLimits.Timeout);
    private static Regex WordEndingRegex() => new(WordEndingPattern, Options, RegexLimits.Timeout);
    private static Regex PossessiveEndRegex() => new(PossessiveEndPattern, Options, RegexLimits.Timeout);
    private static Regex ContractionEndRegex() => new(ContractionEndPattern, Options, RegexLimits.Timeout);
#endif
}
