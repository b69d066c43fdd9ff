// Finds what parties agreed or pledged to do: "The U.S. and Russia agreed to establish a
// working group …", "we will launch …", "Japan is determined to bolster …". The actors come
// from the words before the cue (as for stances), the text from the clause after it. The
// words it reads by are data (templates/commitments.json, CommitmentWords).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Commitments"/>.</summary>
public sealed class CommitmentAnalyzer : TranscriptAnalyzer
{
    private const int MaxWords = 40;

    // "will (i) modify …; and (ii) remove …": list markers of an enumerated action.
    private static readonly Regex Enumerator = new(@"\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s*", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    // "(including articles of …)": an aside of three words or more, left out of the action's words.
    private static readonly Regex Aside = new(@"\s*\((?:[^()\s]+\s+){2,}[^()]*\)", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly Regex Word = new(@"[\p{L}\p{N}][\p{L}\p{N}’'.\-]*", RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    private readonly IssueTaxonomy _taxonomy;
    private readonly PeopleDirectory _people;
    private readonly ActorDirectory _actors;
    private readonly SubjectFinder _subjects;
    private readonly PersonMentionFinder _mentions;
    private readonly CommitmentWords _words = CommitmentWords.Default;

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
                var start = ActionStart(text, cue.Index, cue.Length, cue.Value);
                if (start < 0) continue;
                var before = text.Substring(0, cue.Index);
                if (!IsPledgeSubject(before, cue.Value)) continue;
                var after = text.Substring(start);
                var (items, reach) = Items(after);
                var what = items[0];
                // "our commitment to meet in person is indicative of …": after a noun the sentence's own verb ends the action.
                // ("… that we are treating refugees with humanity" keeps its own clause's verb.)
                if (cue.Value == CommitmentCueKind.PledgeNoun) what = BeforeOwnVerb(what);
                if (IsNoAction(what, cue.Value) || IsNominal(before) || IsConditional(before) || IsNegated(before) || IsBenefit(before, cue.Value)) continue;
                if (cue.Value == CommitmentCueKind.Launch && !IsLaunchOfInitiative(what, text)) continue;
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
                    if (item != what && IsNoAction(item, cue.Value)) continue;
                    if (!seen.Add(string.Join("+", actors) + "|" + item) || IsRestatement(commitments, actors, item)) continue;
                    commitments.Add(new Commitment(actors.ToValueList(), item) { Issue = issue, Line = sentence.Line });
                }
            }
            lastPerson = _subjects.NextAntecedent(sentence, roster, lastPerson);
        }
        return transcript with { Commitments = commitments.ToValueList() };
    }

    /// <summary>
    /// "We're committed to raising the refugee cap" twice in one briefing: a pledge restated by the
    /// same parties or some of them (most of the shorter one's words again) is one commitment.
    /// </summary>
    private static bool IsRestatement(List<Commitment> earlier, List<string> actors, string text)
    {
        var words = ContentWords(text);
        if (words.Count < 2) return false;
        foreach (var c in earlier)
        {
            // Restated by all of the same parties or by some of them ("we will …" after "Japan and the U.S. will …").
            if (!actors.All(c.Actors.Contains)) continue;
            var other = ContentWords(c.Text);
            var shorter = Math.Min(words.Count, other.Count);
            if (shorter >= 2 && words.Count(other.Contains) * 10 >= shorter * 7) return true;
        }
        return false;
    }

    private static HashSet<string> ContentWords(string text) =>
        new(Word.Matches(text.ToLowerInvariant()).Cast<Match>().Select(m => m.Value).Where(w => w.Length >= 4), StringComparer.Ordinal);

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
            if (char.IsUpper(w.Value[0]) || w.Value is "the" or "and" or "of" || _words.PartyNouns.Contains(w.Value)) continue;
            end = w.Index;
            break;
        }
        var parties = _actors.Find(text.Substring(0, end)).Where(m => !m.IsAdjective).Select(m => m.Actor).Distinct(StringComparer.Ordinal).ToList();
        return parties.Count >= 2 ? parties : Array.Empty<string>();
    }

    /// <summary>
    /// Where the action a cue introduces starts, or -1 when the cue introduces none: "agreed to the
    /// proposal" (a noun after a verb of pledging), "the will of the people", "will not", "launched
    /// in 2019" (no object after a launch verb).
    /// </summary>
    private int ActionStart(string text, int index, int length, CommitmentCueKind kind)
    {
        var end = index + length;
        // "we'll": the contraction hangs on a word.
        if (end > index && text[index] is '\'' or '’' && (index == 0 || !char.IsLetter(text[index - 1]))) return -1;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) return -1;
        var rest = text.Substring(end);
        var start = end + (rest.Length - rest.TrimStart().Length);
        var enumerator = Enumerator.Match(text, start);
        if (enumerator.Success && enumerator.Index == start) start += enumerator.Length;
        if (start >= text.Length || start == end) return -1;
        var next = Word.Match(text, start);
        if (!next.Success || next.Index != start) return -1;
        var first = next.Value;
        switch (kind)
        {
            case CommitmentCueKind.Future:
                if (_words.NotAfterFuture.LengthAtStart(text.Substring(start)) > 0) return -1;
                return char.IsLower(first[0]) ? start : -1;
            case CommitmentCueKind.PledgeVerb:
            case CommitmentCueKind.Continuing:
                return char.IsLower(first[0]) && first is not ("the" or "a" or "an") ? start : -1;
            case CommitmentCueKind.PledgeNoun:
                return start;
            case CommitmentCueKind.IntentNoun:
                if (first is "in" or "to") return WordAfter(text, next.Index + next.Length);
                if (first != "of") return -1;
                // "the intention of Türkiye to send …": the action follows the "to" after the holder.
                var to = Regex.Match(text.Substring(next.Index + next.Length), @"^[^,.]{1,60}?\s+to\s+(?=[a-z])", RegexOptions.CultureInvariant, RegexLimits.Timeout);
                return to.Success ? next.Index + next.Length + to.Length : -1;
            case CommitmentCueKind.Launch:
                return _words.LaunchObjects.LengthAtStart(text.Substring(start)) > 0 ? start : -1;
            default:
                return -1;
        }
    }

    private static int WordAfter(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i > from && i < text.Length && char.IsLower(text[i]) ? i : -1;
    }

    /// <summary>
    /// Whether the subject of a future or a continuing course is a party: "we will", "the leaders
    /// will", "Japan will", "U.S. and UK submarines will" — not a thing, which makes it a prediction
    /// ("this will mean jobs", "the partnership will grow"). A bare "continue(s) to" is a party's
    /// own course only in the first person ("we continue to support"); of others it describes.
    /// </summary>
    private bool IsPledgeSubject(string before, CommitmentCueKind kind)
    {
        if (kind is not (CommitmentCueKind.Future or CommitmentCueKind.Continuing)) return true;
        var segment = LastSegment(before);
        var words = Word.Matches(segment).Cast<Match>().Select(m => (m.Value, m.Index)).ToList();
        // Adverbs and fillers between the subject and the cue ("we also will", "they each will").
        while (words.Count > 0 && IsFiller(words[^1].Value)) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return kind == CommitmentCueKind.Future;
        var (head, at) = words[^1];
        head = head.TrimEnd('.');
        // "what we will accomplish together": in a free relative the action's object comes before its subject.
        // ("all that Japan and Canada will achieve": the subject may be a list of names.)
        var first = words.Count - 1;
        while (first > 0 && (char.IsUpper(words[first - 1].Value[0]) || words[first - 1].Value is "and" or "the")) first--;
        var opener = string.Join(" ", words.Skip(Math.Max(0, first - 2)).Take(first - Math.Max(0, first - 2)).Select(w => w.Value.ToLowerInvariant()));
        if (_words.FreeRelatives.Any(r => opener == r || opener.EndsWith(" " + r, StringComparison.Ordinal))) return false;
        if (kind == CommitmentCueKind.Continuing) return head.ToLowerInvariant() is "we" or "i";
        if (_words.ThingWords.Contains(head)) return false;
        if (_words.PartyPronouns.Contains(head) || _words.PartyNouns.Contains(head)) return true;
        if (char.IsUpper(head[0]) || char.IsDigit(head[0]))
        {
            // "security in the Indo-Pacific will increase": a name after a preposition is no subject.
            var k = words.Count - 2;
            while (k >= 0 && (char.IsUpper(words[k].Value[0]) || words[k].Value is "the" or "and")) k--;
            return k < 0 || !_words.Prepositions.Contains(words[k].Value);
        }
        // "U.S. and UK submarines", "Australian sailors": a party's people or means.
        return _actors.Find(segment).Any(m => segment.Substring(m.Index + m.Length, Math.Max(0, at - m.Index - m.Length)).Trim().Length == 0);
    }

    private bool IsFiller(string word) =>
        _words.Fillers.LengthAtStart(word) == word.Length || (word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>The words after the last clause boundary (comma, semicolon, colon, dash, parenthesis).</summary>
    private static string LastSegment(string before)
    {
        var cut = before.LastIndexOfAny(new[] { ',', ';', ':', '—', '–', '(', ')' });
        return cut < 0 ? before : before.Substring(cut + 1);
    }

    /// <summary>"we have no intention to …", "they did not agree to …": a negated cue is no pledge.</summary>
    private bool IsNegated(string before)
    {
        var segment = LastSegment(before);
        return _words.Negators.Matches(segment).Any() || Word.Matches(segment).Cast<Match>().Any(w => w.Value.EndsWith("n't", StringComparison.Ordinal) || w.Value.EndsWith("n’t", StringComparison.Ordinal));
    }

    /// <summary>"it is in our interest to …": "in" before an intent noun speaks of a benefit, not an intent.</summary>
    private bool IsBenefit(string before, CommitmentCueKind kind)
    {
        if (kind != CommitmentCueKind.IntentNoun) return false;
        var words = Word.Matches(before).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList();
        return (words.Count >= 1 && words[^1] == "in") || (words.Count >= 2 && words[^2] == "in" && _words.Determiners.Contains(words[^1]));
    }

    private static bool IsFirstPersonPlural(string segment) =>
        Word.Matches(segment).Cast<Match>().Any(w => w.Value.ToLowerInvariant() is "we" or "we've" or "we’ve" or "we're" or "we’re");

    /// <summary>"If they continue to …": a cue inside a condition is no pledge.</summary>
    private bool IsConditional(string before) => _words.Conditionals.LengthAtStart(LastSegment(before)) > 0;

    /// <summary>"The fact that we'll meet in person is indicative of …": the clause is a subject, not a pledge.</summary>
    private bool IsNominal(string before)
    {
        var last = _words.NominalClauses.Matches(before).LastOrDefault();
        return last.Text is not null && Word.Matches(before.Substring(last.Index + last.Length)).Count <= 1;
    }

    /// <summary>
    /// Whether a clause names no action: talk about the event itself ("We'll take questions",
    /// "I'll turn it over"), a role or a state ("will play a vital role", "will miss him"), a
    /// schedule ("will meet with", "will host"; an explicit pledge such as "agreed to meet" keeps it),
    /// a short clause that points back ("commitment to this issue", "hold them to those promises", "help there"; "this year" is a date), a value rather than an act
    /// after a pledge noun ("commitment to the transatlantic relationship"), an announcement of
    /// no initiative ("will announce that …"), a contingency ("will respond if they …"), or too
    /// few words to say what is to be done.
    /// </summary>
    private bool IsNoAction(string what, CommitmentCueKind kind)
    {
        var words = Word.Matches(what).Cast<Match>().Select(m => m.Value).ToList();
        if (words.Count < 2) return true;
        // "we'll continue to — we're going to take a look": a dash in the first words is a false start.
        var dash = what.IndexOfAny(new[] { '—', '–' });
        if (dash >= 0 && Word.Matches(what.Substring(0, dash)).Count <= 3) return true;
        var rest = what;
        for (var skip = _words.Fillers.LengthAtStart(rest); skip > 0; skip = _words.Fillers.LengthAtStart(rest)) rest = rest.Substring(skip).TrimStart();
        if (_words.Procedural.LengthAtStart(rest) > 0 || _words.States.LengthAtStart(rest) > 0) return true;
        if (kind != CommitmentCueKind.PledgeVerb && _words.Schedule.LengthAtStart(rest) > 0) return true;
        // "we will oppose any attempt to …", "will urge them to …": an attitude or an appeal is a position, not an act.
        if (_words.Attitudes.LengthAtStart(rest) > 0) return true;
        // "we will work closely with our partners": working with others is a manner; the act is its purpose ("… to build a port").
        if (IsCooperationWithoutPurpose(rest)) return true;
        // "we will ensure that the port is safe": a state of affairs to be secured is an outcome, not an act.
        if (_words.Outcomes.LengthAtStart(rest) > 0) return true;
        // "committed to defending our shared values, …": an action on values is a value held.
        var head = what.IndexOf(',');
        if (_words.Values.Matches(head < 0 ? what : what.Substring(0, head)).Any()) return true;
        if ((words.Count <= 8 && words.Where((w, i) => _words.Demonstratives.Contains(w) && (i + 1 == words.Count || !_words.TimeNouns.Contains(words[i + 1]))).Any()) || _words.ForwardPointers.Matches(what).Any()) return true;
        if (kind is CommitmentCueKind.PledgeNoun or CommitmentCueKind.IntentNoun && IsValue(what)) return true;
        if (kind != CommitmentCueKind.Launch && _words.AnnounceVerbs.LengthAtStart(rest) is var verb and > 0)
        {
            var obj = rest.Substring(verb).TrimStart();
            if (_words.LaunchObjects.LengthAtStart(obj) == 0 || !IsLaunchOfInitiative(obj, obj)) return true;
        }
        return IsContingent(what);
    }

    /// <summary>
    /// "work closely with our allies", "continue our cooperation": a pledge to work
    /// with others that names neither a purpose ("to" and a verb) nor what is worked on ("on …") describes how the parties work, not what they will do.
    /// </summary>
    private bool IsCooperationWithoutPurpose(string rest)
    {
        while (Word.Match(rest) is { Success: true } adverb && adverb.Index == 0 && adverb.Value.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(adverb.Value[0]))
            rest = rest.Substring(adverb.Length).TrimStart();
        var verb = _words.Cooperation.LengthAtStart(rest);
        if (verb == 0) return false;
        foreach (Match to in Regex.Matches(rest.Substring(verb), @"\bto\s+(?<next>[a-z][\p{L}\-]*)", RegexOptions.CultureInvariant, RegexLimits.Timeout))
            if (!_words.Determiners.Contains(to.Groups["next"].Value) && !_words.Prepositions.Contains(to.Groups["next"].Value)) return false;
        // "work with Congress on stronger rules": what is worked on names the action too ("based on" is a manner).
        var words = Word.Matches(rest.Substring(verb)).Cast<Match>().Select(m => m.Value).ToList();
        if (words.Count > 0 && _words.CooperationTopics.Contains(words[0])) return false;
        // It follows the partners closely ("with and helping people … on the ground" names a place).
        for (var i = 1; i + 1 < words.Count && i <= 4; i++)
            if (_words.CooperationTopics.Contains(words[i]) && words[i - 1] != "based") return false;
        return true;
    }

    /// <summary>
    /// "commitment to the transatlantic relationship", "commitment to democracy, and …": a noun
    /// phrase after a pledge noun is a value held, not an act pledged — unless it names an agreement
    /// or body ("commitment to the Paris Agreement"), which the party pledges to uphold.
    /// </summary>
    private bool IsValue(string what)
    {
        var words = Word.Matches(what).Cast<Match>().ToList();
        var first = words[0].Value;
        if (first.EndsWith("ing", StringComparison.Ordinal)) return false;
        var afterFirst = what.Substring(words[0].Index + words[0].Length).TrimStart();
        // A determiner or a possessive ("Israel's security") starts a noun phrase; so does a bare noun before a comma or "and".
        var nounPhrase = _words.Determiners.Contains(first) || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("’s", StringComparison.Ordinal)
            || afterFirst.StartsWith(",", StringComparison.Ordinal)
            || (words.Count > 1 && words[1].Value is "and" or "or");
        if (!nounPhrase) return false;
        var head = words.Skip(1).TakeWhile(w => !_words.Prepositions.Contains(w.Value) && w.Value != "of" && !_words.Subordinators.Contains(w.Value)
            && what.LastIndexOf(',', w.Index) < words[0].Index).Select(w => w.Value).LastOrDefault() ?? first;
        return !char.IsUpper(head[0]);
    }

    /// <summary>"will respond with costs if these activities continue": an action on a condition is a contingency ("if needed" is none).</summary>
    private bool IsContingent(string what)
    {
        foreach (var condition in _words.Conditionals.Matches(what))
        {
            var next = Word.Match(what, condition.Index + condition.Length);
            if (next.Success && !_words.ConditionsMet.Contains(next.Value)) return true;
        }
        return false;
    }

    /// <summary>
    /// "announced the release of funds", "launched the review last week": a launch is a commitment
    /// when it sets up something new (a partnership, a working group, a fund) and is not dated in the past.
    /// </summary>
    private bool IsLaunchOfInitiative(string what, string sentence)
    {
        var head = Regex.Match(what, @"^.*?(?=\s(?:of|to|that|which|for|on|in|with)\s|,|$)", RegexOptions.CultureInvariant, RegexLimits.Timeout).Value;
        return _words.Initiatives.Matches(head).Any() && !_words.PastTime.Matches(sentence).Any();
    }

    /// <summary>"our commitment to meet in person is indicative of …": the action ends at the sentence's own copula.</summary>
    private string BeforeOwnVerb(string what)
    {
        foreach (Match word in Word.Matches(what))
        {
            if (_words.Subordinators.Contains(word.Value)) return what;
            if (_words.Copulas.Contains(word.Value) && word.Index > 0) return what.Substring(0, word.Index).TrimEnd();
            if (word.Index > 0 && what.LastIndexOf(',', word.Index) >= 0) return what;
        }
        return what;
    }

    /// <summary>
    /// The committed action: the words after the cue up to the end of the clause, and, when the
    /// action is an enumerated list ("(i) modify …; and (ii) remove …"), one action per item; with
    /// where in <paramref name="after"/> the last item's words end.
    /// </summary>
    private (List<string> Items, int End) Items(string after)
    {
        var begins = new List<int> { 0 };
        var marks = Enumerator.Matches(after).Cast<Match>().Where(m => m.Index > 0 && char.IsWhiteSpace(after[m.Index - 1])).ToList();
        begins.AddRange(marks.Select(m => m.Index + m.Length));
        var items = new List<string>();
        var end = 0;
        for (var i = 0; i < begins.Count; i++)
        {
            var limit = i + 1 < begins.Count ? marks[i].Index : after.Length;
            var (text, length) = Clause(after.Substring(begins[i], limit - begins[i]));
            items.Add(text);
            end = begins[i] + length;
            if (i == 0 && marks.Count == 0) break;
        }
        return (items, end);
    }

    /// <summary>The words of one action up to the end of its clause, and how far into <paramref name="after"/> they reach.</summary>
    private (string Text, int Length) Clause(string after)
    {
        var end = after.Length;
        // The text is one sentence already, so a full stop here belongs to "U.S." and is not an end.
        foreach (var stop in _words.ClauseBreaks.Matches(after))
            if (stop.Index > 0 && stop.Index < end) end = stop.Index;
        // "commitment to the transatlantic relationship and pledged to continue …": a second verb starts
        // a clause of its own (which the cue search finds separately).
        foreach (Match and in Regex.Matches(after, @",?\s+and\s+(?:also\s+)?(?<verb>\w+)", RegexOptions.CultureInvariant, RegexLimits.Timeout))
        {
            if (and.Index >= end) break;
            if (_words.NextVerbs.Contains(and.Groups["verb"].Value))
            {
                end = and.Index;
                break;
            }
        }
        // At most MaxWords words, counted without the asides.
        var kept = 0;
        var reach = 0;
        var clause = after.Substring(0, end);
        var plain = Aside.Replace(clause, m => new string('\u0001', m.Length));
        foreach (Match w in Regex.Matches(plain, @"[^\s\u0001]+", RegexOptions.CultureInvariant, RegexLimits.Timeout))
        {
            if (++kept > MaxWords) break;
            reach = w.Index + w.Length;
        }
        var words = Regex.Matches(plain.Substring(0, reach), @"[^\s\u0001]+", RegexOptions.CultureInvariant, RegexLimits.Timeout).Cast<Match>().Select(m => m.Value).ToList();
        while (words.Count > 0 && words[^1] is "and" or "or" or "and/or") words.RemoveAt(words.Count - 1);
        return (string.Join(" ", words).TrimEnd('.', ',', ';', ':', '”', '"'), reach);
    }
}
