// Finds actors' stances on issues, one position per (actor, issue, evidence sentence) and
// cue: the cue phrase gives the stance (negation flips it, "agreed to …" commits), the words
// before it give the actors, and the sentence's issue terms (or its paragraph's topic) give
// the issues. Reporters' questions are not positions.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Positions"/> from the stance lexicon, the actors and the tagged issues.</summary>
public sealed class StanceAnalyzer : TranscriptAnalyzer
{
    private static readonly System.Text.RegularExpressions.Regex TopicIntro = new(
        @"^" + SubjectLists.Default.TopicIntros + @"\s+[^,]{2,80},",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly System.Text.RegularExpressions.Regex AfterPreposition = new(
        @"\b(?:in|of|for|by|about|on|with|without|from|after|before|at|into)\s+$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly System.Text.RegularExpressions.Regex AfterIndefiniteHolder = new(
        @"\b" + SubjectLists.Default.IndefiniteHolders + @"\s+(?:who|that)\s+(?:\w+\s+){0,2}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly System.Text.RegularExpressions.Regex InAsAside = new(
        @"(?:^|[,—–(]\s*|\b(?:and|but)\s+)as\s+(?:I|we|you|he|she|they)(?:[’'](?:ve|ll|d|re))?\s+(?:(?:have|has|had|also|already|just|all)\s+){0,2}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    private readonly IssueTaxonomy _taxonomy;
    private readonly StanceLexicon _lexicon;
    private readonly ActorDirectory _actors;
    private readonly PeopleDirectory _people;
    private readonly SubjectFinder _subjects;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="taxonomy">The issue taxonomy.</param>
    /// <param name="lexicon">The stance cues.</param>
    /// <param name="actors">The actor gazetteer.</param>
    /// <param name="people">The people list.</param>
    public StanceAnalyzer(IssueTaxonomy taxonomy, StanceLexicon lexicon, ActorDirectory actors, PeopleDirectory people)
    {
        _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _actors = actors ?? throw new ArgumentNullException(nameof(actors));
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _subjects = new SubjectFinder(actors, PersonMentionFinder.Shared(actors, people));
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.Issues, AnalysisFacts.Quotes, AnalysisFacts.ReportedPeople };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Positions };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var tagged = new HashSet<string>(transcript.Issues.Select(i => i.Id), StringComparer.Ordinal);
        if (tagged.Count == 0) return transcript;

        var roster = document.Roster(_people);
        var quoted = document.QuotedSpeech;
        var participants = document.MainParties(_subjects);
        var joint = document.JointVoice(_subjects);
        var author = SubjectFinder.Author(transcript);
        // A short readout is about its main issue: a sentence that names none is about that one.
        var words = document.WordCount;
        var mainIssue = words < IssueTagger.ShortDocumentWords && transcript.Issues.Count > 0
            ? new List<string> { transcript.Issues[0].Id }
            : new List<string>();
        var positions = new List<Position>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Speaker? lastPerson = null;
        var topic = new List<string>();
        var topicKey = (-1, -1);
        var previous = new List<string>();

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = transcript.Turns[sentence.TurnIndex];
            var speakerId = turn.Speaker ?? quoted.SpeakerAt(sentence);
            var turnSpeaker = speakerId is null ? null : roster.Speakers.FirstOrDefault(s => s.Id == speakerId);
            if (turn.Kind == TurnKind.Question || turnSpeaker?.Kind is SpeakerKind.Press or SpeakerKind.Moderator) continue;
            // "Will Freedonia agree?" asks; "In 2014, Freedonia decided …" is history, not this text's news.
            if (sentence.Text.TrimEnd().EndsWith("?", StringComparison.Ordinal) || InEarlierYear(sentence.Text, transcript.Date)) continue;

            // Issues: the sentence's own terms, else the topic its paragraph set.
            if (topicKey != (sentence.TurnIndex, sentence.Paragraph))
            {
                topic.Clear();
                previous = new List<string>();
            }
            topicKey = (sentence.TurnIndex, sentence.Paragraph);
            var issues = _taxonomy.Terms.Matches(sentence).Select(m => m.Value).Where(tagged.Contains).Distinct().ToList();
            var named = issues;
            // "I affirmed support for Ukraine. And I strongly urged him to refrain from any military action.":
            // in someone's own words a sentence that names no issue continues the one before it in the
            // paragraph. (Readouts are written sentence by sentence about the call's main issue.)
            var continued = turn.Speaker is not null ? previous : mainIssue;
            if (issues.Count == 0) issues = topic.Count > 0 ? topic : continued.Count > 0 ? continued : mainIssue;
            else if (TopicIntro.Match(sentence.Text) is { Success: true } intro)
            {
                // "On North Korea, …" sets the topic for the rest of the paragraph.
                var introIssues = _taxonomy.Terms.Matches(intro.Value).Select(m => m.Value).Where(tagged.Contains).Distinct().ToList();
                if (introIssues.Count > 0) topic = introIssues;
            }
            previous = named;

            // In a joint press conference "we" is both sides in the leaders' statements, but usually the
            // speaker's own government when answering a reporter.
            var context = new SubjectContext(roster, turnSpeaker, lastPerson, participants, joint && turn.Kind != TurnKind.Answer, author);
            if (issues.Count > 0)
            {
                var cues = _lexicon.Cues.Matches(sentence)
                    .Where(c => !TakesNoStance(sentence.Text.Substring(0, c.Index)))
                    .Select(c => (c.Index, c.Length, Stance: StanceOf(sentence.Text, c.Index, c.Length, c.Value), c.Value.Evaluative))
                    .Where(c => c.Stance is not null).Select(c => (c.Index, c.Length, Stance: c.Stance!.Value, c.Evaluative)).ToList();
                // "Freedonia will open its ports": in a written statement or readout, a main party's "will" + verb is
                // its pledge (the lexicon lists only some "will …" phrases, which hold for anyone).
                if (turnSpeaker is null && participants.Count >= 2)
                    foreach (System.Text.RegularExpressions.Match will in Pledge.Matches(sentence.Text))
                    {
                        if (cues.Any(c => c.Index <= will.Index + will.Length && c.Index + c.Length >= will.Index)) continue;
                        var holders = _subjects.Find(sentence.Text, will.Index, context);
                        if (holders.Count > 0 && holders.All(h => participants.Contains(h.Actor)) && StanceOf(sentence.Text, will.Index, will.Length, PledgeCue) is { } pledged)
                            cues.Add((will.Index, will.Length, pledged, false));
                    }
                // "agreed to oppose": the infinitive's own stance is what was agreed, not a commitment.
                cues.RemoveAll(c => c.Stance == Stance.Commit && cues.Any(o => o.Index > c.Index && o.Index <= c.Index + c.Length + 5 && o.Stance != Stance.Commit));
                // A sentence that takes a side ("emphasized … unwavering commitment") is not also a mere statement.
                if (cues.Any(c => !IsStatement(c.Stance))) cues.RemoveAll(c => IsStatement(c.Stance));
                foreach (var (index, _, stance, evaluative) in cues)
                {
                    // "condemned Freedonia's brutal war": the actor an evaluative word describes is its target, not its holder.
                    var subjects = _subjects.Find(sentence.Text, evaluative ? _subjects.TargetStart(sentence.Text, index) : index, context);
                    if (subjects.Count == 0 && turnSpeaker?.Affiliation is { } own) subjects.Add(new Subject(own, turnSpeaker.Id));
                    foreach (var subject in subjects)
                        foreach (var issue in issues)
                        {
                            if (!seen.Add($"{subject.Actor}|{issue}|{stance}|{sentence.TurnIndex}|{sentence.Offset}")) continue;
                            positions.Add(new Position(subject.Actor, issue, stance)
                            {
                                // In a labelled turn the evidence is the turn holder's words, whoever holds the position.
                                Speaker = turn.Speaker is not null ? turnSpeaker?.Id ?? turn.Speaker : subject.SpeakerId is { Length: > 0 } id ? id : turnSpeaker?.Id,
                                Evidence = sentence.Text,
                                Line = sentence.Line,
                            });
                        }
                }
            }

            lastPerson = _subjects.NextAntecedent(sentence, roster, lastPerson);
        }

        return transcript with { Positions = positions.ToValueList() };
    }

    private static readonly System.Text.RegularExpressions.Regex Pledge = new(
        @"\b(?:will|shall)\s+(?:(?:also|now|further|jointly|together|each)\s+)?(?!be\b|have\b|not\b|never\b)[a-z]+\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly StanceCue PledgeCue = new(Stance.Commit, null, null);

    private static readonly System.Text.RegularExpressions.Regex YearAnchor = new(
        @"\b(?:[Ii]n|[Dd]uring|[Bb]y|[Bb]ack\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?<year>(?:19|20)\d\d)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly System.Text.RegularExpressions.Regex FrontedAdverb = new(@"^\s*(?:[A-Z][a-z]+ly\s+)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Compiled, RegexLimits.Timeout);

    /// <summary>
    /// Whether a sentence opens with a year before the document's ("In 2014, …", "Previously in 2014, …"):
    /// it narrates a past event, not a current position.
    /// </summary>
    private static bool InEarlierYear(string sentence, DateTime? date)
    {
        if (date is not { } d) return false;
        var comma = sentence.IndexOf(',');
        if (comma < 0) return false;
        var anchor = YearAnchor.Match(sentence.Substring(0, comma));
        return anchor.Success && FrontedAdverb.IsMatch(sentence.Substring(0, anchor.Index))
            && sentence.Substring(anchor.Index + anchor.Length, comma - anchor.Index - anchor.Length).Trim().Length == 0
            && int.Parse(anchor.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < d.Year;
    }

    /// <summary>Whether a cue after <paramref name="before"/> states nobody's stance.</summary>
    private static bool TakesNoStance(string before) =>
        AfterPreposition.IsMatch(before)        // "a role in encouraging …"
        || AfterIndefiniteHolder.IsMatch(before) // "anyone who has concerns"
        || InAsAside.IsMatch(before);            // "as we've talked about", "as I promised to Jeff"

    private static bool IsStatement(Stance stance) => Stances.GroupOf(stance) == StanceGroup.Statement;

    /// <summary>The stance a cue states here, or null when it states none (negated act, pending).</summary>
    private Stance? StanceOf(string sentence, int index, int length, StanceCue cue)
    {
        var clauseStart = Math.Max(sentence.LastIndexOfAny(new[] { ',', ';' }, Math.Max(0, index - 1)) + 1, 0);
        var before = sentence.Substring(clauseStart, index - clauseStart);
        // "Freedonia has not yet decided": pending is not refusing.
        if (StanceLexicon.IsPending(before)) return null;
        // "agents sought to encourage attacks": conduct, not a stated position; "I don't believe they have
        // announced …": not asserted.
        if (_lexicon.IsAttempt(sentence.Substring(0, index)) || _lexicon.IsHedged(sentence.Substring(0, index))) return null;
        if (_lexicon.IsNegated(before)) return cue.Negated;
        var after = sentence.Substring(index + length);
        if (cue.Infinitive is { } infinitive && !_lexicon.IsSharedWay(after) && System.Text.RegularExpressions.Regex.IsMatch(after, @"^\s+to\s+(?!the\b|a\b|an\b|this\b|that\b)[a-z]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant))
            return infinitive;
        return cue.Stance;
    }
}
