// Finds what parties agreed or pledged to do: "The U.S. and Russia agreed to establish a
// working group …", "we will launch …", "Japan is determined to bolster …". The actors come
// from the words before the cue (as for stances), the text from the clause after it
// (CommitmentClause); NotAPledge and NotAnAction turn away what is no pledged action. The
// words it reads by are data (templates/commitments.json, CommitmentWords).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using static BriefingKit.Analysis.CommitmentText;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Commitments"/>.</summary>
internal sealed class CommitmentAnalyzer : TranscriptAnalyzer
{
    private readonly IssueTaxonomy _taxonomy;
    private readonly PeopleDirectory _people;
    private readonly ActorDirectory _actors;
    private readonly SubjectFinder _subjects;
    private readonly PersonMentionFinder _mentions;
    private readonly CommitmentWords _words = CommitmentWords.Default;
    private readonly CommitmentClause _clause;
    private readonly NotAPledge _notAPledge;
    private readonly NotAnAction _notAnAction;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="taxonomy">The issue taxonomy (to give each commitment its issue).</param>
    /// <param name="actors">The actor gazetteer.</param>
    /// <param name="people">The people list.</param>
    public CommitmentAnalyzer(IssueTaxonomy taxonomy, ActorDirectory actors, PeopleDirectory people)
    {
        _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        _mentions = PersonMentionFinder.Shared(actors, people);
        _subjects = new SubjectFinder(actors, _mentions);
        _clause = new CommitmentClause(_words);
        _notAPledge = new NotAPledge(_words, actors);
        _notAnAction = new NotAnAction(_words);
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.Issues, AnalysisFacts.Quotes, AnalysisFacts.ReportedPeople };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Commitments };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var roster = document.Roster(_people);
        var quoted = document.QuotedSpeech;
        var participants = document.MainParties(_subjects);
        if (participants.Count == 0) participants = OpeningParties(document.Sentences);
        var joint = participants.Count >= 2 && document.IsJointEvent;
        var tagged = new HashSet<string>(transcript.Issues.Select(i => i.Id), StringComparer.Ordinal);
        var commitments = new List<Commitment>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var made = new Restatements();
        Speaker? lastPerson = null;

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = transcript.Turns[sentence.TurnIndex];
            var speakerId = turn.Speaker ?? quoted.SpeakerAt(sentence);
            var speaker = speakerId is null ? null : roster.Speakers.FirstOrDefault(s => s.Id == speakerId);
            if (turn.Kind == TurnKind.Question || speaker?.Kind is SpeakerKind.Press or SpeakerKind.Moderator) continue;

            var text = sentence.Text;
            var covered = 0; // "agreed to establish a working group": one commitment, not two
            foreach (var cue in _words.Cues.Matches(sentence))
            {
                if (cue.Index < covered) continue;
                var start = _clause.ActionStart(text, cue.Index, cue.Length, cue.Value);
                if (start < 0) continue;
                var before = text.Substring(0, cue.Index);
                if (!_notAPledge.IsPledgeSubject(before, cue.Value)) continue;
                var after = text.Substring(start);
                var (items, reach) = _clause.Items(after);
                var what = items[0];
                // "our commitment to meet in person is indicative of …": after a noun the sentence's own verb ends the action.
                // ("… that we are treating refugees with humanity" keeps its own clause's verb.)
                if (cue.Value == CommitmentCueKind.PledgeNoun) what = _clause.BeforeOwnVerb(what);
                if (_notAnAction.IsNoAction(what, cue.Value) || _notAPledge.TakesBack(before, cue.Value)) continue;
                if (cue.Value == CommitmentCueKind.Launch && !_notAnAction.IsLaunchOfInitiative(what, text)) continue;
                covered = start + (ReferenceEquals(what, items[0]) ? reach : what.Length);
                // "President Erdogan's announcement that he will send …": "he" is the person named last before it in the sentence.
                var antecedent = _mentions.Find(before).Select(m => roster.Lookup(m)).LastOrDefault() ?? lastPerson;
                var context = new SubjectContext(roster, speaker, antecedent, participants, joint && turn.Kind != TurnKind.Answer);
                var actors = _subjects.Find(text, cue.Index, context).Select(s => s.Actor).Distinct().ToList();
                if (actors.Count == 0 && speaker?.Affiliation is { } own) actors.Add(own);
                if (actors.Count == 0) continue;
                // "we agreed to launch …" at a meeting of two: an agreement takes both parties, whoever reports it.
                if (participants.Count >= 2 && _words.MutualPledges.Matches(cue.Text).Any() && IsFirstPersonPlural(LastSegment(before)))
                    actors = actors.Concat(participants).Distinct(StringComparer.Ordinal).ToList();
                var issue = _taxonomy.Terms.Matches(sentence).Select(m => m.Value).FirstOrDefault(tagged.Contains);
                foreach (var item in items.Skip(1).Prepend(what))
                {
                    if (item != what && _notAnAction.IsNoAction(item, cue.Value)) continue;
                    if (!seen.Add(string.Join("+", actors) + "|" + item) || made.IsRestatement(actors, item)) continue;
                    var commitment = new Commitment(actors.ToValueList(), item) { Issue = issue, Line = sentence.Line };
                    commitments.Add(commitment);
                    made.Add(commitment.Actors, commitment.Text);
                }
            }
            lastPerson = _subjects.NextAntecedent(sentence, roster, lastPerson);
        }
        return transcript with { Commitments = commitments.ToValueList() };
    }

    /// <summary>
    /// The parties a written statement with no speakers names at its opening, before its first
    /// verb: "In May, Freedonia and Sylvania announced …", "The Government of Freedonia and the
    /// Government of Sylvania, Recognizing …". At least two, or none.
    /// </summary>
    private IReadOnlyList<string> OpeningParties(IReadOnlyList<Sentence> sentences)
    {
        var first = sentences.FirstOrDefault();
        if (first is null) return Array.Empty<string>();
        var text = Aside.Replace(first.Text, string.Empty);
        // "In September 2021, …": an introductory phrase up to its comma names no party.
        var opening = Word.Match(text);
        var comma = text.IndexOf(',');
        if (opening.Success && comma > 0 && _words.Prepositions.Contains(opening.Value.ToLowerInvariant())) text = text.Substring(comma + 1);
        var end = text.Length;
        foreach (Match w in Word.Matches(text))
        {
            if (char.IsUpper(w.Value[0]) || _words.PartyNameWords.Contains(w.Value) || _words.PartyNouns.Contains(w.Value)) continue;
            end = w.Index;
            break;
        }
        var parties = _actors.Find(text.Substring(0, end)).Where(m => !m.IsAdjective).Select(m => m.Actor).Distinct(StringComparer.Ordinal).ToList();
        return parties.Count >= 2 ? parties : Array.Empty<string>();
    }

    private bool IsFirstPersonPlural(string segment) =>
        Word.Matches(segment).Cast<Match>().Any(w => _words.FirstPersonPlural.Contains(w.Value));
}
