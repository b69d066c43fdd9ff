// The stance cue lexicon (templates/stances.json, embedded): phrases → stance, with the
// stance each takes when negated or followed by an infinitive.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

/// <summary>Cue phrases for stances and the words that negate them. Immutable and thread-safe.</summary>
internal sealed class StanceLexicon
{
    private static readonly Lazy<StanceLexicon> BuiltIn = new(() => DataFiles.BuiltIn("stances.json", "stance lexicon", "{\"cues\": [{\"stance\", \"phrases\"}]}", Read));

    private readonly TieredRegex _negation;

    private readonly TieredRegex _attempt;
    private readonly TieredRegex _hedge;
    private readonly TieredRegex _sharedWay;

    private StanceLexicon(IEnumerable<(string Phrase, StanceCue Cue)> cues, IEnumerable<string> negators, IEnumerable<string> attempts, IEnumerable<string> hedges, IEnumerable<string> sharedWays,
        (IReadOnlyList<string> Modals, IReadOnlyList<string> Adverbs, IReadOnlyList<string> NotPledges, IReadOnlyList<string> Determiners) pledges,
        (IReadOnlyList<string> Modals, IReadOnlyList<string> Addressees) obligations, ClausePatterns clauses)
    {
        Clauses = clauses;
        Obligation = new TieredRegex(@"\b" + WordAlternation.Of(obligations.Modals) + @"\s+(?!" + WordAlternation.Of(pledges.NotPledges) + @"\b)[a-z]+\b",
            RegexOptions.CultureInvariant, RegexLimits.Timeout);
        Addressee = new TieredRegex(@"^" + WordAlternation.Of(obligations.Addressees) + @"$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.Timeout);
        // "the will of the people" is the noun; "will (i) open" lists what is pledged.
        Pledge = new TieredRegex(@"(?<!\b" + WordAlternation.Of(pledges.Determiners) + @"\s+)\b" + WordAlternation.Of(pledges.Modals) + @"\s+(?:" + WordAlternation.Of(pledges.Adverbs) + @"\s+)?(?:\((?:[ivx]+|[a-z]|\d+)\)\s+)?(?!" + WordAlternation.Of(pledges.NotPledges) + @"\b)[a-z]+\b",
            RegexOptions.CultureInvariant, RegexLimits.Timeout);
        YearAnchor = YearMentions.DatedPhrase;
        Cues = new PhraseMatcher<StanceCue>(cues);
        _attempt = new TieredRegex(@"\b" + WordAlternation.Of(attempts) + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.Timeout);
        _sharedWay = new TieredRegex(@"^\s+to\s+" + WordAlternation.Of(sharedWays) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.Timeout);
        _hedge = new TieredRegex(WordAlternation.Of(hedges) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.Timeout);
        var alternatives = negators.OrderByDescending(n => n.Length).Select(n => n == "n't" ? "n[’']t" : @"\b" + Regex.Escape(n).Replace(@"\ ", @"\s+"));
        _negation = new TieredRegex("(?:" + string.Join("|", alternatives) + @")(?:\s+\w+){0,2}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.Timeout);
    }

    private PhraseMatcher<StanceCue> Cues { get; }

    /// <summary>The stance cues in a sentence, longest first, without the phrases that state none ("narrowed the differences").</summary>
    internal IEnumerable<PhraseMatch<StanceCue>> CuesIn(Sentence sentence) => Cues.Matches(sentence).Where(c => !c.Value.StatesNone);

    /// <summary>A modal + verb that, with a main party as subject, is its pledge ("will open"); data in <c>pledges</c>.</summary>
    internal TieredRegex Pledge { get; }

    /// <summary>A modal of obligation + verb ("must act"); data in <c>obligations</c>.</summary>
    internal TieredRegex Obligation { get; }

    /// <summary>A whole phrase naming a body that is appealed to ("Congress"); data in <c>obligations.addressees</c>.</summary>
    internal TieredRegex Addressee { get; }

    /// <summary>A dated phrase ("In March 2014") with its year in the group <c>year</c>: <see cref="YearMentions.DatedPhrase"/>.</summary>
    internal TieredRegex YearAnchor { get; }

    /// <summary>The clause patterns a cue is read against; data in <c>clauses</c>.</summary>
    internal ClausePatterns Clauses { get; }

    /// <summary>The built-in lexicon.</summary>
    public static StanceLexicon Default => BuiltIn.Value;

    /// <summary>Whether the text just before a cue negates it ("did not", "never", "refused to").</summary>
    /// <param name="before">The text before the cue, within its clause.</param>
    /// <returns><see langword="true"/> when negated.</returns>
    public bool IsNegated(string before) => _negation.IsMatch(before.Length > 40 ? before.Substring(before.Length - 40) : before);

    /// <summary>Whether the text just before a cue is a verb of trying ("sought to encourage"): conduct, not a stated position.</summary>
    /// <param name="before">The text before the cue.</param>
    /// <returns><see langword="true"/> when the cue follows an attempt verb.</returns>
    public bool IsAttempt(string before) => _attempt.IsMatch(before);

    /// <summary>Whether the text after a cue is "to" + a verb of working together or carrying on ("agreed to work together"): the cue keeps its stance.</summary>
    /// <param name="after">The text after the cue.</param>
    /// <returns><see langword="true"/> when the infinitive is a shared way of working.</returns>
    public bool IsSharedWay(string after) => _sharedWay.IsMatch(after);

    /// <summary>Whether the cue's clause hedges it ("I don't believe … has announced"): not asserted.</summary>
    /// <param name="clause">The text before the cue, within its clause.</param>
    /// <returns><see langword="true"/> when hedged.</returns>
    public bool IsHedged(string clause) => _hedge.IsMatch(clause);

    /// <summary>Whether the text just before a cue makes it pending ("has not yet agreed", "is yet to decide"): no stance yet.</summary>
    /// <param name="before">The text before the cue, within its clause.</param>
    /// <returns><see langword="true"/> when pending.</returns>
    public bool IsPending(string before) => Clauses.Pending.IsMatch(before.Length > 40 ? before.Substring(before.Length - 40) : before);

    private static StanceLexicon Read(JsonElement root)
    {
        var cues = new List<(string, StanceCue)>();
        foreach (var item in root.GetProperty("cues").EnumerateArray())
        {
            var stance = ParseStance(item.GetProperty("stance").GetString());
            Stance? negated = !item.TryGetProperty("negated", out var n) ? Stance.Discuss : n.GetString() == "none" ? null : ParseStance(n.GetString());
            Stance? infinitive = item.TryGetProperty("infinitive", out var inf) ? ParseStance(inf.GetString()) : null;
            var evaluative = item.TryGetProperty("evaluative", out var e) && e.GetBoolean();
            var cue = new StanceCue(stance, negated, infinitive, evaluative);
            cues.AddRange(JsonLists.Strings(item, "phrases").Select(p => (p, cue)));
        }
        var none = new StanceCue(Stance.Discuss, null, null) { StatesNone = true };
        cues.AddRange(JsonLists.Strings(root, "notCues").Select(p => (p, none)));
        var pledges = root.TryGetProperty("pledges", out var p) ? p : default;
        var obligations = root.TryGetProperty("obligations", out var o) ? o : default;
        var clauses = root.TryGetProperty("clauses", out var cl) ? cl : default;
        IReadOnlyList<string> List(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object ? JsonLists.Strings(e, name).ToList() : new List<string>();
        return new StanceLexicon(cues, NegationWords.Default.Negators, JsonLists.Strings(root, "attempts"), JsonLists.Strings(root, "hedges"), JsonLists.Strings(root, "sharedWays"),
            (List(pledges, "modals"), List(pledges, "adverbs"), List(pledges, "notPledges"), List(pledges, "determiners")),
            (List(obligations, "modals"), List(obligations, "addressees")),
            new ClausePatterns(List(clauses, "objectPrepositions"), List(clauses, "openers"), List(clauses, "copulas"), List(clauses, "subjectStarters"), List(clauses, "pending")));
    }

    private static Stance ParseStance(string? text) =>
        Enum.TryParse<Stance>(text, ignoreCase: true, out var stance) ? stance : throw new JsonException($"'{text}' is not a stance");
}
