// The English words the commitment analyzer reads pledges by (templates/commitments.json,
// embedded): the cues ("agreed to", "will", "commitment to", "launched a"), and the words that
// tell a pledge from schedule talk, roles, predictions and fragments. Every list is matched by
// word tokens (PhraseMatcher), case-insensitively, so an entry may be a phrase.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

/// <summary>What kind of cue introduces a possible commitment.</summary>
internal enum CommitmentCueKind
{
    /// <summary>A verb of pledging with its "to": "agreed to", "plans to".</summary>
    PledgeVerb,

    /// <summary>A future auxiliary: "will", "'ll", "are going to".</summary>
    Future,

    /// <summary>"continue(s) to": an ongoing course a party keeps to.</summary>
    Continuing,

    /// <summary>A noun of pledging with its "to": "commitment to", "resolve to".</summary>
    PledgeNoun,

    /// <summary>A noun of intent: "intention of Türkiye to", "interest in".</summary>
    IntentNoun,

    /// <summary>A verb of launching: "launched a", "will establish the".</summary>
    Launch,
}

internal sealed class CommitmentWords
{
    private const string Description = "commitment word list";
    private const string Shape = "{\"pledgeVerbs\": [...], \"futureMarkers\": [...], \"continuing\": [...], \"pledgeNouns\": [...], \"intentNouns\": [...], \"launchVerbs\": [...], …}";
    private static readonly Lazy<CommitmentWords> BuiltIn = new(() => DataFiles.BuiltIn("commitments.json", Description, Shape, Read));

    private readonly JsonElement _root;

    private CommitmentWords(JsonElement root)
    {
        _root = root;
        Cues = new PhraseMatcher<CommitmentCueKind>(
            List("pledgeVerbs").Select(p => (p, CommitmentCueKind.PledgeVerb))
                .Concat(List("futureMarkers").Select(p => (p, CommitmentCueKind.Future)))
                .Concat(List("continuing").Select(p => (p, CommitmentCueKind.Continuing)))
                .Concat(List("pledgeNouns").Select(p => (p, CommitmentCueKind.PledgeNoun)))
                .Concat(List("intentNouns").Select(p => (p, CommitmentCueKind.IntentNoun)))
                .Concat(List("launchVerbs").Select(p => (p, CommitmentCueKind.Launch))),
            caseSensitive: true);
        LaunchObjects = Matcher("launchObjects");
        AnnounceVerbs = Matcher("announceVerbs");
        ConditionsMet = Set("conditionsMet");
        Prepositions = Set("prepositions");
        Initiatives = Matcher("initiatives");
        PastTime = Matcher("pastTime");
        Conditionals = Matcher("conditionals");
        // The whole clause before a cue is read, so "no" before the noun it negates counts too ("we have no intention to").
        Negators = new PhraseMatcher<bool>(NegationWords.Default.Negators.Concat(NegationWords.Default.NegativeDeterminers).Select(p => (p, true)));
        MutualPledges = Matcher("mutualPledges");
        NominalClauses = Matcher("nominalClauses");
        PartyPronouns = Set("partyPronouns");
        PartyNouns = Set("partyNouns");
        ThingWords = Set("thingWords");
        Fillers = Matcher("fillers");
        NotAfterFuture = Matcher("notAfterFuture");
        Procedural = Matcher("procedural");
        Schedule = Matcher("schedule");
        States = Matcher("states");
        Attitudes = Matcher("attitudes");
        Cooperation = Matcher("cooperation");
        CooperationTopics = Set("cooperationTopics");
        Outcomes = Matcher("outcomes");
        Values = Matcher("values");
        FreeRelatives = Set("freeRelatives");
        TimeNouns = Set("timeNouns");
        Demonstratives = Set("demonstratives");
        ForwardPointers = Matcher("forwardPointers");
        Determiners = Set("determiners");
        ClauseBreaks = Matcher("clauseBreaks");
        NextVerbs = Set("nextVerbs");
        Copulas = Set("copulas");
        Subordinators = Set("subordinators");
        Articles = ExactSet("articles");
        Conjunctions = ExactSet("conjunctions");
        NameJoiners = ExactSet("nameJoiners");
        PartyNameWords = ExactSet("partyNameWords");
        FirstPerson = Set("firstPerson");
        FirstPersonPlural = Set("firstPersonPlural");
        HeadEnds = new PhraseMatcher<bool>(List("headEnds").Select(p => (p, true)), caseSensitive: true);
    }

    public static CommitmentWords Default => BuiltIn.Value;

    /// <summary>Every cue, by kind. Case-sensitive: "Will the President …?" opens a question, not a pledge.</summary>
    public PhraseMatcher<CommitmentCueKind> Cues { get; }

    /// <summary>Words that must follow a launch verb ("launched a …", "announced the …").</summary>
    public PhraseMatcher<bool> LaunchObjects { get; }

    /// <summary>Verbs of making known ("announce"): after a future or a pledge they need an initiative as object.</summary>
    public PhraseMatcher<bool> AnnounceVerbs { get; }

    /// <summary>Words after "if" that make no condition of the action ("if needed", "if necessary").</summary>
    public HashSet<string> ConditionsMet { get; }

    /// <summary>Prepositions: a name after one is an object, not a subject ("security in the Indo-Pacific will …").</summary>
    public HashSet<string> Prepositions { get; }

    /// <summary>Nouns of things a party sets up ("partnership", "working group", "task force").</summary>
    public PhraseMatcher<bool> Initiatives { get; }

    /// <summary>Phrases dating an act in the past ("last week", "ago").</summary>
    public PhraseMatcher<bool> PastTime { get; }

    /// <summary>Words that negate a cue in its clause ("we have no intention to", "did not agree to"): the one list of negators and the negative determiners (templates/negation.json).</summary>
    public PhraseMatcher<bool> Negators { get; }

    /// <summary>Pledges that take two parties ("agreed to"): a "we" that agrees speaks for all the parties.</summary>
    public PhraseMatcher<bool> MutualPledges { get; }

    /// <summary>Words opening a condition ("if", "unless").</summary>
    public PhraseMatcher<bool> Conditionals { get; }

    /// <summary>Phrases that make the clause after them a noun ("the fact that we'll meet …").</summary>
    public PhraseMatcher<bool> NominalClauses { get; }

    /// <summary>Pronouns that stand for a party ("we", "they").</summary>
    public HashSet<string> PartyPronouns { get; }

    /// <summary>Nouns that name a party or its people ("leaders", "government", "sailors").</summary>
    public HashSet<string> PartyNouns { get; }

    /// <summary>Pronouns and determiners that stand for a thing ("it", "this", "what").</summary>
    public HashSet<string> ThingWords { get; }

    /// <summary>Words between the cue and the action that say nothing about it ("will each take").</summary>
    public PhraseMatcher<bool> Fillers { get; }

    /// <summary>Words after a future marker that make it no pledge ("will not", "will be able").</summary>
    public PhraseMatcher<bool> NotAfterFuture { get; }

    /// <summary>Talk about the event itself ("take questions", "turn it over", "start with").</summary>
    public PhraseMatcher<bool> Procedural { get; }

    /// <summary>Agenda verbs ("meet with", "host", "travel"): what a future tells of a schedule.</summary>
    public PhraseMatcher<bool> Schedule { get; }

    /// <summary>Verbs of a role, state or feeling, not an act ("play a role", "miss", "mean").</summary>
    public PhraseMatcher<bool> States { get; }

    /// <summary>Verbs of attitude or appeal ("oppose", "respect", "urge"): a position held, not an act to be done.</summary>
    public PhraseMatcher<bool> Attitudes { get; }

    /// <summary>Verbs of working with others ("work together", "cooperate"): a manner of working, whose action follows "to".</summary>
    public PhraseMatcher<bool> Cooperation { get; }

    /// <summary>Prepositions that name what is worked on ("work with Congress on stronger rules").</summary>
    public HashSet<string> CooperationTopics { get; }

    /// <summary>Verbs of a state of affairs to be secured ("ensure that"): an outcome, not an act.</summary>
    public PhraseMatcher<bool> Outcomes { get; }

    /// <summary>Values, principles and interests ("shared values", "the rule of law", "national interests"): held, not done.</summary>
    public PhraseMatcher<bool> Values { get; }

    /// <summary>Words that open a free relative clause ("what we will do"): its subject pledges nothing.</summary>
    public HashSet<string> FreeRelatives { get; }

    /// <summary>Nouns of time ("this year"): after a demonstrative they make a date, not a pointer.</summary>
    public HashSet<string> TimeNouns { get; }

    /// <summary>Determiners and possessives: a word after a pledge noun that starts a noun phrase ("commitment to the alliance").</summary>
    public HashSet<string> Determiners { get; }

    /// <summary>Phrases that point at a list given elsewhere ("take the following actions").</summary>
    public PhraseMatcher<bool> ForwardPointers { get; }

    /// <summary>Words that only point at something said before ("this", "it").</summary>
    public HashSet<string> Demonstratives { get; }

    /// <summary>Where a committed action's clause ends (";", ", but", "while").</summary>
    public PhraseMatcher<bool> ClauseBreaks { get; }

    /// <summary>Past verbs that, after ", and", start a clause of their own ("… and pledged to …").</summary>
    public HashSet<string> NextVerbs { get; }

    /// <summary>Copulas: a sentence's own verb after a noun cue ("our commitment to meet is …").</summary>
    public HashSet<string> Copulas { get; }

    /// <summary>Words opening a subordinate clause ("that", "which").</summary>
    public HashSet<string> Subordinators { get; }

    /// <summary>Articles ("the", "a"): after a verb of pledging they start a noun, not an action ("agreed to the proposal"). Matched as written.</summary>
    public HashSet<string> Articles { get; }

    /// <summary>Conjunctions ("and", "or"): a clause does not end on one, and one after a bare noun makes a noun phrase. Matched as written.</summary>
    public HashSet<string> Conjunctions { get; }

    /// <summary>Lower-case words inside a list of names ("Japan and the U.S."). Matched as written.</summary>
    public HashSet<string> NameJoiners { get; }

    /// <summary>Lower-case words inside the parties' names at a statement's opening ("The Government of Freedonia and the …"). Matched as written.</summary>
    public HashSet<string> PartyNameWords { get; }

    /// <summary>First-person subjects ("we", "I"): the only ones whose "continue to" is a course of their own.</summary>
    public HashSet<string> FirstPerson { get; }

    /// <summary>First-person plural forms ("we", "we're"): a "we" that agrees speaks for all the parties.</summary>
    public HashSet<string> FirstPersonPlural { get; }

    /// <summary>Words that end the head of a launch's object ("a new fund for …"), as whole words between spaces. Matched as written.</summary>
    public PhraseMatcher<bool> HeadEnds { get; }

    private List<string> List(string name) => JsonLists.Required(_root, name);

    private PhraseMatcher<bool> Matcher(string name) => new(List(name).Select(p => (p, true)));

    private HashSet<string> Set(string name) => new(List(name), StringComparer.OrdinalIgnoreCase);

    private HashSet<string> ExactSet(string name) => new(List(name), StringComparer.Ordinal);

    private static CommitmentWords Read(JsonElement root) => new(root.Clone());
}
