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
internal sealed class StanceAnalyzer : TranscriptAnalyzer
{
    private static readonly TieredRegex TopicIntro = new(
        @"^" + SubjectLists.Default.TopicIntros + @"\s+[^,:]{2,80}[,:]",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, RegexLimits.Timeout);

    private static readonly TieredRegex AfterIndefiniteHolder = new(
        @"\b" + SubjectLists.Default.IndefiniteHolders + @"\s+(?:who|that)\s+(?:\w+\s+){0,2}$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase, RegexLimits.Timeout);

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
        // A short labelled exchange is about its main issue: a sentence that names none is about that one.
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
        // The issues the last question named, and the turn that asked them.
        var asked = new List<string>();
        var askedIn = -1;

        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = transcript.Turns[sentence.TurnIndex];
            var speakerId = turn.Speaker ?? quoted.SpeakerAt(sentence);
            var turnSpeaker = speakerId is null ? null : roster.Speakers.FirstOrDefault(s => s.Id == speakerId);
            if (turn.Kind == TurnKind.Question || turnSpeaker?.Kind is SpeakerKind.Press or SpeakerKind.Moderator)
            {
                // "Q: A question on Freedonia's tariffs." — the answer is about what was asked.
                if (askedIn != sentence.TurnIndex) asked = new List<string>();
                askedIn = sentence.TurnIndex;
                foreach (var id in _taxonomy.Terms.Matches(sentence).Select(m => m.Value).Where(tagged.Contains))
                    if (!asked.Contains(id)) asked.Add(id);
                continue;
            }
            // "Will Freedonia agree?" asks; "In 2014, Freedonia decided …" is history, not this text's news.
            if (sentence.Text.TrimEnd().EndsWith("?", StringComparison.Ordinal) || InEarlierYear(sentence.Text, transcript.Date)) continue;

            // Issues: the sentence's own terms, else the topic its paragraph set.
            if (topicKey != (sentence.TurnIndex, sentence.Paragraph))
            {
                topic.Clear();
                previous = new List<string>();
            }
            topicKey = (sentence.TurnIndex, sentence.Paragraph);
            var termMatches = _taxonomy.Terms.Matches(sentence).Where(m => tagged.Contains(m.Value)).ToList();
            var issues = termMatches.Select(m => m.Value).Distinct().ToList();
            var named = issues;
            // "I affirmed support for Ukraine. And I strongly urged him to refrain from any military action.":
            // in someone's own words a sentence that names no issue continues the one before it in the
            // paragraph, else what was asked, else a short exchange's main issue. A readout's sentence is
            // written on its own: it is about an issue only through that issue's related words.
            if (issues.Count == 0)
                issues = topic.Count > 0 ? topic
                    : turn.Speaker is null ? RelatedIssues(sentence, tagged)
                    : previous.Count > 0 ? previous
                    : turn.Kind == TurnKind.Answer && asked.Count > 0 ? asked
                    : mainIssue;
            else if (TopicIntro.Match(sentence.Text) is { Success: true } intro)
            {
                // "On North Korea, …" (or a heading "On tariffs: …") sets the topic for the rest of the paragraph.
                var introIssues = _taxonomy.Terms.Matches(intro.Value).Select(m => m.Value).Where(tagged.Contains).Distinct().ToList();
                if (introIssues.Count > 0) topic = introIssues;
            }
            previous = named;

            // In a joint press conference "we" is both sides in the leaders' statements, but usually the
            // speaker's own government when answering a reporter.
            var context = new SubjectContext(roster, turnSpeaker, lastPerson, participants, joint && turn.Kind != TurnKind.Answer, author);
            if (issues.Count > 0)
            {
                var cues = _lexicon.CuesIn(sentence)
                    .Where(c => !TakesNoStance(sentence.Text.Substring(0, c.Index)))
                    // "Freedonia is a partner that will strengthen …": a listed "will …" phrase there describes, too.
                    .Where(c => !(_lexicon.Pledge.IsMatch(c.Text) && DescribesPredicate(sentence.Text, c.Index)))
                    .Select(c => (c.Index, c.Length, Stance: StanceOf(sentence.Text, c.Index, c.Length, c.Value), c.Value.Evaluative))
                    .Where(c => c.Stance is not null).Select(c => (c.Index, c.Length, Stance: c.Stance!.Value, c.Evaluative, Holders: (List<Subject>?)null)).ToList();
                // "Freedonia will open its ports": in a written statement or readout, a main party's "will" + verb is
                // its pledge (the lexicon lists only some "will …" phrases, which hold for anyone).
                if (turnSpeaker is null && participants.Count >= 2)
                    foreach (System.Text.RegularExpressions.Match will in _lexicon.Pledge.Matches(sentence.Text))
                    {
                        if (cues.Any(c => c.Index <= will.Index + will.Length && c.Index + c.Length >= will.Index)) continue;
                        if (InsideQuotation(sentence.Text, will.Index) || DescribesPredicate(sentence.Text, will.Index)) continue;
                        var holders = _subjects.Find(sentence.Text, will.Index, context);
                        if (holders.Count > 0 && holders.All(h => participants.Contains(h.Actor)) && StanceOf(sentence.Text, will.Index, will.Length, PledgeCue) is { } pledged)
                            cues.Add((will.Index, will.Length, pledged, false, null));
                    }
                // "Parliament must act", "… stressed the view that Freedonia should withdraw": an obligation laid on
                // another party is an appeal to it by the speaker (or by the reporting clause's subject).
                foreach (System.Text.RegularExpressions.Match must in _lexicon.Obligation.Matches(sentence.Text))
                {
                    if (cues.Any(c => c.Index <= must.Index + must.Length && c.Index + c.Length >= must.Index) || InsideQuotation(sentence.Text, must.Index)) continue;
                    if (Appealed(sentence.Text, must.Index, context, turnSpeaker) is { Count: > 0 } appealing)
                        cues.Add((must.Index, must.Length, Stance.Urge, false, appealing));
                }
                // "If I may invite Ms. Roe of the Midland Courier": calling on a reporter is turn-taking, not a proposal.
                cues.RemoveAll(c => Stances.GroupOf(c.Stance) == StanceGroup.Appeal && NamesNewsOutlet(sentence.Text, c.Index + c.Length));
                // "agreed to oppose", "offered support": a commitment or offer whose object is another cue takes that cue's stance.
                cues.RemoveAll(c => c.Stance is Stance.Commit or Stance.Propose && cues.Any(o => o.Index > c.Index && o.Index <= c.Index + c.Length + 5 && o.Stance != c.Stance));
                // "urged Freedonia to condemn the attacks": what an appeal asks for is not a stance of its own.
                cues.RemoveAll(c => Stances.GroupOf(c.Stance) != StanceGroup.Appeal && cues.Any(a => a.Stance == Stance.Urge && a.Index + a.Length < c.Index
                    && StancePatterns.AskedFor.IsMatch(sentence.Text.Substring(a.Index + a.Length, c.Index - a.Index - a.Length))));
                // A sentence that takes a side ("emphasized … unwavering commitment") is not also a mere statement.
                if (cues.Any(c => !IsStatement(c.Stance))) cues.RemoveAll(c => IsStatement(c.Stance));
                // "We've talked about this many times.": a mere statement says something about an issue only when it names it.
                if (named.Count == 0) cues.RemoveAll(c => IsStatement(c.Stance));
                foreach (var (index, _, stance, evaluative, holders) in cues)
                {
                    // "condemned Freedonia's brutal war": the actor an evaluative word describes is its target, not its holder.
                    var subjects = holders ?? _subjects.Find(sentence.Text, evaluative ? _subjects.TargetStart(sentence.Text, index) : index, context);
                    // A cue with no subject found is the speaker's own, unless its clause is about a third party ("they refused").
                    if (subjects.Count == 0 && turnSpeaker?.Affiliation is { } own && !AboutThirdParty(sentence.Text, index)) subjects.Add(new Subject(own, turnSpeaker.Id));
                    var cueIssues = ClauseIssues(sentence.Text, index, termMatches, issues);
                    foreach (var subject in subjects)
                        foreach (var issue in cueIssues)
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

    private static readonly StanceCue PledgeCue = new(Stance.Commit, null, null);

    /// <summary>
    /// Whether a sentence opens with a year before the document's ("In 2014, …", "Previously in 2014, …"):
    /// it narrates a past event, not a current position.
    /// </summary>
    private bool InEarlierYear(string sentence, DateTime? date)
    {
        if (date is not { } d) return false;
        var comma = sentence.IndexOf(',');
        if (comma < 0) return false;
        var anchor = _lexicon.YearAnchor.Match(sentence.Substring(0, comma));
        return anchor.Success && StancePatterns.FrontedAdverb.IsMatch(sentence.Substring(0, anchor.Index))
            && sentence.Substring(anchor.Index + anchor.Length, comma - anchor.Index - anchor.Length).Trim().Length == 0
            && int.Parse(anchor.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) < d.Year;
    }

    /// <summary>
    /// Who appeals when a modal of obligation stands at <paramref name="index"/>: none unless the clause's whole
    /// subject is another party (an actor, or a body in the addressee list); then the reporting clause's subject
    /// before "that", else the speaker's side, else the author's. Holders that are the addressee are dropped.
    /// </summary>
    private List<Subject>? Appealed(string sentence, int index, SubjectContext context, Speaker? turnSpeaker)
    {
        var clauseStart = sentence.LastIndexOfAny(new[] { ',', ';', ':', '—', '–', '(' }, Math.Max(0, index - 1)) + 1;
        var subject = sentence.Substring(clauseStart, index - clauseStart);
        var that = StancePatterns.ThatClause.Matches(subject).Cast<System.Text.RegularExpressions.Match>().LastOrDefault();
        var thatAt = that is null ? -1 : clauseStart + that.Index;
        if (that is not null) subject = subject.Substring(that.Index + that.Length);
        subject = subject.Substring(_lexicon.Clauses.Opener.Match(subject).Length).Trim();
        if (subject.Length == 0 || !char.IsUpper(subject[0]) && !subject.StartsWith("the ", StringComparison.Ordinal) && !subject.StartsWith("all ", StringComparison.Ordinal) && !subject.StartsWith("both ", StringComparison.Ordinal)) return null;
        var named = _actors.Find(subject).Where(m => !m.IsAdjective).ToList();
        // The whole subject must be the addressee: actor names joined by "and", or a listed body.
        var rest = named.Aggregate(subject, (text, m) => text.Replace(subject.Substring(m.Index, m.Length), string.Empty));
        var isActors = named.Count > 0 && StancePatterns.ActorJoiners.IsMatch(rest);
        if (!isActors && !_lexicon.Addressee.IsMatch(subject)) return null;
        var addressees = new HashSet<string>(named.Select(m => m.Actor), StringComparer.Ordinal);
        List<Subject> holders;
        if (thatAt > 0) holders = _subjects.Find(sentence, thatAt, context);
        else if (turnSpeaker?.Affiliation is { } own) holders = new List<Subject> { new(own, turnSpeaker.Id) };
        else if (context.Author?.Affiliation is { } author && !context.JointVoice) holders = new List<Subject> { new(author, null) };
        else return null;
        holders.RemoveAll(h => addressees.Contains(h.Actor));
        return holders.Count > 0 ? holders : null;
    }

    /// <summary>
    /// "“We will win,” the posters read.": words inside quotation marks are someone's own, not the text's pledge
    /// (an attributed quotation is analysed as its speaker's turn).
    /// </summary>
    private static bool InsideQuotation(string sentence, int index)
    {
        var before = sentence.Substring(0, index);
        var opened = before.Count(c => c == '“') - before.Count(c => c == '”');
        return opened > 0 || before.Count(c => c == '"') % 2 == 1;
    }

    /// <summary>
    /// "Freedonia is a partner that will help": a modal in a relative clause on a predicate noun (the pronoun followed
    /// by its verb, not by a new subject as in "is clear that our ministers will") describes the party; it is not a pledge.
    /// </summary>
    private bool DescribesPredicate(string sentence, int index)
    {
        // Commas may part the predicate's adjectives ("strong, able partners that will"), so the clause runs to a semicolon or colon.
        var clauseStart = sentence.LastIndexOfAny(new[] { ';', ':' }, Math.Max(0, index - 1)) + 1;
        return _lexicon.Clauses.PredicateRelative.IsMatch(sentence.Substring(clauseStart, index - clauseStart));
    }

    /// <summary>Whether a cue after <paramref name="before"/> states nobody's stance.</summary>
    private bool TakesNoStance(string before) =>
        _lexicon.Clauses.AfterPreposition.IsMatch(before)        // "a role in encouraging …"
        || AfterIndefiniteHolder.IsMatch(before) // "anyone who has concerns"
        || StancePatterns.InAsAside.IsMatch(before);            // "as we've talked about", "as I promised to Jeff"

    /// <summary>
    /// "They discussed trade; and condemned Freedonia's brutal war.": in a sentence of semicolon-separated
    /// clauses, a cue is about the issues its own clause names (when it names any), not every issue in the sentence.
    /// </summary>
    private static List<string> ClauseIssues(string sentence, int index, List<PhraseMatch<string>> terms, List<string> issues)
    {
        if (sentence.IndexOf(';') < 0) return issues;
        var start = sentence.LastIndexOf(';', Math.Max(0, index - 1)) + 1;
        var end = sentence.IndexOf(';', index);
        if (end < 0) end = sentence.Length;
        var own = terms.Where(t => t.Index >= start && t.Index < end).Select(t => t.Value).Distinct().ToList();
        return own.Count > 0 ? own : issues;
    }

    /// <summary>
    /// "The President invited the Prime Minister to visit.": the tagged issues whose related words ("visit",
    /// "dialogue") a sentence that names no issue uses. "They offered condolences for the earthquake." has none.
    /// </summary>
    private List<string> RelatedIssues(Sentence sentence, HashSet<string> tagged) =>
        _taxonomy.Related.Matches(sentence).Select(m => m.Value).Where(tagged.Contains).Distinct().ToList();

    /// <summary>
    /// Whether the cue's clause has "they" before it: its holder is a group the speaker talks about. ("He" and "she"
    /// are left to the speaker: a spokesperson's "he" is usually their own principal.)
    /// </summary>
    private static bool AboutThirdParty(string sentence, int index)
    {
        var clauseStart = sentence.LastIndexOfAny(new[] { ',', ';', ':', '—', '–' }, Math.Max(0, index - 1)) + 1;
        return StancePatterns.ThirdPartyPronoun.IsMatch(sentence.Substring(clauseStart, index - clauseStart));
    }

    /// <summary>Whether the words right after a cue, up to the clause's end, name a news outlet ("… of Kyodo News").</summary>
    private static bool NamesNewsOutlet(string sentence, int start)
    {
        var end = sentence.IndexOfAny(new[] { '.', ';', ',', '?', '!', '—' }, Math.Min(start, sentence.Length));
        var after = sentence.Substring(start, (end < 0 ? sentence.Length : end) - start);
        return WordTokens.Tokenize(after).Any(t => char.IsUpper(after[t.Index]) && KindWords.NewsWords.Contains(after.Substring(t.Index, t.Length)));
    }

    private static bool IsStatement(Stance stance) => Stances.GroupOf(stance) == StanceGroup.Statement;

    /// <summary>The stance a cue states here, or null when it states none (negated act, pending).</summary>
    private Stance? StanceOf(string sentence, int index, int length, StanceCue cue)
    {
        var clauseStart = Math.Max(sentence.LastIndexOfAny(new[] { ',', ';' }, Math.Max(0, index - 1)) + 1, 0);
        var before = sentence.Substring(clauseStart, index - clauseStart);
        // "Freedonia has not yet decided": pending is not refusing.
        if (_lexicon.IsPending(before)) return null;
        // "agents sought to encourage attacks": conduct, not a stated position; "I don't believe they have
        // announced …": not asserted.
        if (_lexicon.IsAttempt(sentence.Substring(0, index)) || _lexicon.IsHedged(sentence.Substring(0, index))) return null;
        if (_lexicon.IsNegated(before)) return cue.Negated;
        var after = sentence.Substring(index + length);
        if (cue.Infinitive is { } infinitive && !_lexicon.IsSharedWay(after) && StancePatterns.InfinitiveAfter.IsMatch(after))
            return infinitive;
        return cue.Stance;
    }
}
