// Finds what parties agreed or pledged to do: "The U.S. and Russia agreed to establish a
// working group …", "we will launch …", "Japan is determined to bolster …". The actors come
// from the words before the cue (as for stances), the text from the clause after it.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Commitments"/>.</summary>
public sealed class CommitmentAnalyzer : ITranscriptAnalyzer
{
    private const int MaxWords = 40;
    private static readonly Regex Cue = new(
        @"\b(?:agreed|agree|agrees|committed|commit|commits|pledged|pledge|pledges|vowed|promised|decided|resolved|determined|intend|intends|plan|plans|are\s+going|is\s+going|will\s+continue|continue|continues)\s+to\s+(?!the\b|a\b|an\b)(?=[a-z])"
        // "will" as an auxiliary of a party: not the noun ("the will of the American people") and not a
        // prediction about a thing ("it will impact his thinking", "that will meet the demand", "you'll see").
        // (The look-behinds come after the literal so they run only where "will" or "'ll" is.)
        + @"|\b(?:will|shall)(?<!\b(?i:the|a|an|their|his|her|its|our|your|my|own|popular|political|free|good)\s+\w+)"
        + @"(?<!\b(?i:it|that|there|what|you)\s+\w+)\s+(?!not\b|be\s+able\b|have\b|see\b|be\b)(?=[a-z])"
        + @"|(?<=\w)[’']ll(?<!\b(?i:it|that|there|what|you)[’']ll)\s+(?!not\b|be\s+able\b|have\b|see\b|be\b)(?=[a-z])"
        + @"|\b(?:intent|intention|interest|desire)\s+(?:in|of\s+[^,.]{1,60}?\s+to)\s+(?=[a-z])"
        + @"|\b(?:resolve|commitment|determination|pledge|promise)\s+to\s+(?=[a-z])"
        + @"|\b(?:announced|announce|announcing|launched|launch|launching|established|establish|unveiled|set\s+up)\s+(?=(?:a|an|the|our|its|their|new)\b)",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly Regex NextPastVerb = new(
        @",?\s+and\s+(?:also\s+)?(?:pledged|agreed|affirmed|reaffirmed|committed|decided|welcomed|emphasized|underscored|expressed|discussed|noted|stressed|announced|vowed)\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly Regex NounCue = new(@"^(?:resolve|commitment|determination|pledge|promise|intent|intention|interest|desire)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);
    private static readonly Regex Subordinate = new(@"\b(?:that|which|who|where|when|whether|if)\b|,", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);
    private static readonly Regex MainVerb = new(@"\s(?:is|are|was|were|remains|remain)\s", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    // "The fact that we'll meet in person is indicative of …": the clause is a subject, not a pledge.
    private static readonly Regex FactThat = new(@"\bfact\s+that\s+\S+\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly HashSet<string> Procedural = new(StringComparer.Ordinal)
    {
        "say", "talk", "turn", "take", "hear", "stop", "get", "go", "see", "let", "give", "be", "have", "do", "keep", "start", "begin",
        "come", "look", "open", "end", "wrap", "yield", "pass", "answer", "ask", "check", "circle", "follow", "remain", "leave", "put",
        "tell", "speak", "venture", "guess", "note", "add", "repeat", "reiterate", "reflect", "read", "share", "attend", "make", "want",
        "hand", "defer", "walk", "recognize", "spend",
    };

    // Words between the cue and the action that say nothing about it: "will each take", "will probably be".
    // Not "also": "will also be the hallmark of …" adds to what was announced.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "each", "both", "all", "now", "then", "still", "probably", "certainly", "definitely", "likely", "again", "just", "further",
    };

    private readonly IssueTaxonomy _taxonomy;
    private readonly PeopleDirectory _people;
    private readonly SubjectFinder _subjects;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="taxonomy">The issue taxonomy (to give each commitment its issue).</param>
    /// <param name="actors">The actor gazetteer.</param>
    /// <param name="people">The people list.</param>
    public CommitmentAnalyzer(IssueTaxonomy taxonomy, ActorDirectory actors, PeopleDirectory people)
    {
        _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _subjects = new SubjectFinder(actors, PersonMentionFinder.Shared(actors ?? throw new ArgumentNullException(nameof(actors)), people));
    }

    /// <inheritdoc />
    public IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.Issues, AnalysisFacts.Quotes, AnalysisFacts.ReportedPeople };

    /// <inheritdoc />
    public IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Commitments };

    /// <inheritdoc />
    public void Analyze(AnalysisDocument document, CancellationToken cancellationToken)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        document.Transcript = Analyze(document, document.Transcript, cancellationToken);
    }

    private Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var roster = new SpeakerRoster(transcript, _people);
        var quoted = new QuotedSpeech(transcript);
        var participants = _subjects.MainParties(transcript);
        var joint = StanceAnalyzer.JointVoice(transcript, participants);
        var tagged = new HashSet<string>(transcript.Issues.Select(i => i.Id), StringComparer.Ordinal);
        var commitments = new List<Commitment>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Speaker? lastPerson = null;

        foreach (var sentence in SentenceSplitter.Split(transcript))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = transcript.Turns[sentence.TurnIndex];
            var speakerId = turn.Speaker ?? quoted.SpeakerAt(sentence);
            var speaker = speakerId is null ? null : roster.Speakers.FirstOrDefault(s => s.Id == speakerId);
            if (turn.Kind == TurnKind.Question || speaker?.Kind is SpeakerKind.Press or SpeakerKind.Moderator) continue;

            var covered = 0; // "agreed to establish a working group": one commitment, not two
            foreach (Match cue in Cue.Matches(sentence.Text))
            {
                if (cue.Index < covered) continue;
                var what = Clause(sentence.Text.Substring(cue.Index + cue.Length));
                // "our commitment to meet in person is indicative of …": after a noun the sentence's own verb ends the action.
                // ("… that we are treating refugees with humanity" keeps its own clause's verb.)
                if (NounCue.IsMatch(cue.Value) && MainVerb.Match(what) is { Success: true } verb && !Subordinate.IsMatch(what.Substring(0, verb.Index)))
                    what = what.Substring(0, verb.Index);
                // "We'll take questions", "I'll turn it over": talk about the event itself is not a commitment.
                if (IsTalkAboutTheEvent(what) || FactThat.IsMatch(sentence.Text.Substring(0, cue.Index))) continue;
                covered = cue.Index + cue.Length + what.Length;
                var context = new SubjectContext(roster, speaker, lastPerson, participants, joint && turn.Kind != TurnKind.Answer);
                var actors = _subjects.Find(sentence.Text, cue.Index, context).Select(s => s.Actor).Distinct().ToList();
                if (actors.Count == 0 && speaker?.Affiliation is { } own) actors.Add(own);
                if (actors.Count == 0 || !seen.Add(string.Join("+", actors) + "|" + what)) continue;
                var issue = _taxonomy.Terms.Matches(sentence.Text).Select(m => m.Value).FirstOrDefault(tagged.Contains);
                commitments.Add(new Commitment(actors.ToValueList(), what) { Issue = issue, Line = sentence.Line });
            }
            lastPerson = _subjects.NextAntecedent(sentence, roster, lastPerson);
        }
        return transcript with { Commitments = commitments.ToValueList() };
    }

    /// <summary>
    /// "We'll take questions", "I'll turn it over", "I'll respond to this": talk about the event
    /// itself, or a clause too short to say what is to be done.
    /// </summary>
    private static bool IsTalkAboutTheEvent(string what)
    {
        var words = what.ToLowerInvariant().Split(' ');
        if (words.Length < 2) return true;
        var head = words.FirstOrDefault(w => !Fillers.Contains(w)) ?? string.Empty;
        return Procedural.Contains(head) || (head == "respond" && words.Length <= 3);
    }

    /// <summary>The committed action: the words after the cue up to the end of the clause.</summary>
    private static string Clause(string after)
    {
        var end = after.Length;
        // The text is one sentence already, so a full stop here belongs to "U.S." and is not an end.
        foreach (var stop in new[] { ";", ", but ", ", and we ", ", which ", " while ", ", whereas " })
        {
            var i = after.IndexOf(stop, StringComparison.Ordinal);
            if (i >= 0 && i < end) end = i;
        }
        // "commitment to the transatlantic relationship and pledged to continue …": a second verb starts
        // a clause of its own (which the cue search finds separately).
        var nextVerb = NextPastVerb.Match(after);
        if (nextVerb.Success && nextVerb.Index < end) end = nextVerb.Index;
        var words = after.Substring(0, end).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);
        return string.Join(" ", words).TrimEnd('.', ',', ';', ':', '”', '"');
    }
}
