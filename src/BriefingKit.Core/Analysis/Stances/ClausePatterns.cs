// The clause-level word patterns a stance cue is read against, built from the word lists in
// templates/stances.json: where a cue is only an object ("a role in encouraging"), where a
// clause's own subject starts, a relative clause that describes rather than pledges, and a
// pending act ("has not yet agreed").
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

/// <summary>Clause patterns for reading stance cues, from the <c>clauses</c> lists of the stance lexicon.</summary>
internal sealed class ClausePatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <param name="objectPrepositions">Prepositions after which a cue is a noun object ("a role in encouraging").</param>
    /// <param name="openers">Words that may open a clause before its subject ("and", "meanwhile").</param>
    /// <param name="copulas">Linking verbs before a predicate noun ("is", "remains").</param>
    /// <param name="subjectStarters">Words that start a new subject after "that" ("the", "our", "we").</param>
    /// <param name="pending">Phrases that make the next act pending ("not yet", "yet to").</param>
    public ClausePatterns(IReadOnlyList<string> objectPrepositions, IReadOnlyList<string> openers, IReadOnlyList<string> copulas,
        IReadOnlyList<string> subjectStarters, IReadOnlyList<string> pending)
    {
        AfterPreposition = new TieredRegex(@"\b" + WordAlternation.Of(objectPrepositions) + @"\s+$", Options, RegexLimits.Timeout);
        Opener = new TieredRegex(@"^\s*(?:" + WordAlternation.Of(openers) + @"\b[\s,]*)*", Options | RegexOptions.IgnoreCase, RegexLimits.Timeout);
        PredicateRelative = new TieredRegex(@"\b" + WordAlternation.Of(copulas) + @"\b[^;:]*\b(?:that|which|who)\s+(?:(?!" + WordAlternation.Of(subjectStarters) + @"\b)[a-z][^;:]*\s)?$",
            Options, RegexLimits.Timeout);
        Pending = new TieredRegex(@"\b" + WordAlternation.Of(pending) + @"(?:\s+\w+){0,2}\s*$", Options | RegexOptions.IgnoreCase, RegexLimits.Timeout);
    }

    /// <summary>Text ending in a preposition: a cue after it is a noun object, nobody's stance.</summary>
    public TieredRegex AfterPreposition { get; }

    /// <summary>The conjunctions and adverbs that open a clause before its subject.</summary>
    public TieredRegex Opener { get; }

    /// <summary>A linking verb, a predicate noun and a relative pronoun followed by its verb ("is a partner that").</summary>
    public TieredRegex PredicateRelative { get; }

    /// <summary>Text ending in "not yet" or "yet to" and up to two words: the act after it is pending.</summary>
    public TieredRegex Pending { get; }
}
