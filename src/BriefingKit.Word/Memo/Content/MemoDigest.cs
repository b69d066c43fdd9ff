// What the memo says, decided once from all inputs before any XML is written: issues by
// weight, each actor's stances and the evidence worth quoting (deduplicated and capped so a
// week of material stays a few pages), the table's actors, commitments, the bottom line.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit.Word.Memo.Content;

internal sealed class MemoDigest
{
    private MemoDigest() { }

    public IReadOnlyList<Transcript> Sources { get; private set; } = Array.Empty<Transcript>();
    public IReadOnlyList<IssueDigest> Issues { get; private set; } = Array.Empty<IssueDigest>();
    public IReadOnlyList<string> OtherIssues { get; private set; } = Array.Empty<string>();

    /// <summary>Every issue's salience, most salient first (the order of the sections and of the bottom line).</summary>
    public IReadOnlyList<IssueSalience> Salience { get; private set; } = Array.Empty<IssueSalience>();
    public IReadOnlyList<string> TableActors { get; private set; } = Array.Empty<string>();
    public IReadOnlyList<CommitmentItem> Commitments { get; private set; } = Array.Empty<CommitmentItem>();
    public IReadOnlyList<Evidence> KeyQuotes { get; private set; } = Array.Empty<Evidence>();
    public int CommitmentsOmitted { get; private set; }
    public IReadOnlyList<SummaryLine> BottomLine { get; private set; } = Array.Empty<SummaryLine>();
    public IReadOnlyList<ParticipantGroup> Participants { get; private set; } = Array.Empty<ParticipantGroup>();
    public IReadOnlyList<Speaker> Mentioned { get; private set; } = Array.Empty<Speaker>();
    public int PressSpeakers { get; private set; }
    public int PressQuestions { get; private set; }
    public int PressEvents { get; private set; }
    public int Moderators { get; private set; }
    public DateTime? FirstDate { get; private set; }
    public DateTime? LastDate { get; private set; }

    public bool Several => Sources.Count > 1;

    public static MemoDigest Create(IReadOnlyList<Transcript> transcripts, MemoOptions options)
    {
        var digest = new MemoDigest { Sources = transcripts };
        var dates = transcripts.Where(t => t.Date.HasValue).Select(t => t.Date!.Value).ToList();
        digest.FirstDate = dates.Count > 0 ? dates.Min() : null;
        digest.LastDate = dates.Count > 0 ? dates.Max() : null;

        var positions = transcripts.SelectMany(t => t.Positions.Select(p => (Transcript: t, Position: p))).ToList();
        var actorWeight = positions.GroupBy(x => x.Position.Actor, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        // Issues: names, mentions and the sources raising them, summed over inputs.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, HashSet<Transcript>>(StringComparer.Ordinal);
        foreach (var t in transcripts)
        {
            foreach (var issue in t.Issues)
            {
                if (!names.ContainsKey(issue.Id)) names[issue.Id] = issue.Name;
                mentions[issue.Id] = (mentions.TryGetValue(issue.Id, out var m) ? m : 0) + Math.Max(1, issue.Mentions);
                if (!sources.TryGetValue(issue.Id, out var set)) sources[issue.Id] = set = new HashSet<Transcript>();
                set.Add(t);
            }
        }
        var byIssue = positions.GroupBy(x => x.Position.Issue, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var id in byIssue.Keys.Where(id => !names.ContainsKey(id)).ToList()) names[id] = Humanize(id);

        // Issues in order of what happened on them (IssueSalience); the first with positions get sections.
        var actorDirectory = options.Actors ?? ActorDirectory.Default;
        var taxonomy = options.Taxonomy ?? IssueTaxonomy.Default;
        var salience = IssueSalience.Of(transcripts, names, taxonomy, actorDirectory);
        var withSections = salience.Where(x => byIssue.ContainsKey(x.Id)).Take(options.MaxIssues).Select(x => x.Id).ToList();
        digest.Salience = salience;
        digest.OtherIssues = salience.Where(x => !withSections.Contains(x.Id)).Select(x => names[x.Id]).ToList();

        var quoted = new List<QuotedEarlier>(); // every sentence quoted so far, memo-wide: each is quoted once
        var issues = new List<IssueDigest>();
        foreach (var id in withSections)
        {
            var items = byIssue[id];
            var heading = IssueHeading.For(names[id], items.Select(x => x.Position.Evidence ?? string.Empty));
            var actors = items.GroupBy(x => x.Position.Actor, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => actorWeight[g.Key]).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Take(options.MaxActors)
                .ToList();
            var budget = options.MaxQuotesPerIssue;
            var actorPositions = new List<ActorPosition>();
            var entries = new List<IssueEntry>();
            foreach (var group in actors)
            {
                var stances = group.GroupBy(x => x.Position.Stance)
                    .OrderBy(g => Stances.GroupOf(g.Key) == StanceGroup.Statement ? 1 : 0)
                    .ThenByDescending(g => g.Count()).ThenByDescending(g => Stances.Strength(g.Key)).Select(g => g.Key).ToList();
                var take = Math.Max(1, Math.Min(options.MaxPositionsPerActor, budget)); // every actor shown gets its best evidence; the budget limits the rest
                // Only the actor's own side's words are quoted under it (EvidenceSide).
                var own = group.Where(x => EvidenceSide.IsOwn(x.Transcript, x.Position, actorDirectory)).ToList();
                var evidence = ChooseEvidence(own, stances, take, quoted);
                actorPositions.Add(new ActorPosition(group.Key, stances, Stances.Net(group.Select(x => new StanceVote(x.Position.Stance, x.Transcript.Source + "\n" + (x.Position.Evidence ?? x.Position.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)), x.Transcript.Date))), group.Count(), evidence));

                var key = string.Join("|", stances.Take(3)) + "#" + string.Join("|", evidence.Select(e => TextKey.Normalize(e.Text)));
                var same = evidence.Count > 0 ? entries.FirstOrDefault(e => e.Key == key) : null;
                if (same is not null) { same.Actors.Add(group.Key); continue; }
                var fresh = evidence.Where(e => !quoted.Any(q => TextKey.NearlySame(q.Evidence.Text, e.Text))).ToList();
                var earlier = evidence.Except(fresh).Select(e => quoted.First(q => TextKey.NearlySame(q.Evidence.Text, e.Text))).Distinct().ToList();
                var othersOnly = own.Count == 0
                    ? group.Where(x => !string.IsNullOrWhiteSpace(x.Position.Evidence)).Select(x => ToEvidence(x.Transcript, x.Position)).FirstOrDefault()
                    : null;
                entries.Add(new IssueEntry(group.Key, stances, fresh, earlier, key) { OthersOnly = othersOnly });
                quoted.AddRange(fresh.Select(e => new QuotedEarlier(e, heading, group.Key)));
                budget -= fresh.Count;
            }
            issues.Add(new IssueDigest(id, names[id], mentions.TryGetValue(id, out var mm) ? mm : 0, items.Count,
                sources.TryGetValue(id, out var s) ? s.Count : items.Select(x => x.Transcript).Distinct().Count(), actorPositions, entries) { Heading = heading });
        }
        digest.Issues = issues;

        var inSections = new HashSet<string>(issues.SelectMany(i => i.Actors.Select(a => a.Actor)), StringComparer.Ordinal);
        digest.TableActors = actorWeight.Where(kv => inSections.Contains(kv.Key))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.MaxActors).Select(kv => kv.Key).ToList();

        digest.SelectCommitments(transcripts, names, withSections, salience.Select(x => x.Id).ToList(), options.MaxCommitments);
        digest.KeyQuotes = SelectKeyQuotes(transcripts, quoted.Select(q => q.Evidence.Text).ToList(), options.MaxKeyQuotes, options.MaxKeyQuoteWords);
        digest.BottomLine = BottomLineSynthesis.Synthesise(transcripts, salience, digest.Commitments, actorDirectory, taxonomy);
        digest.SelectParticipants(transcripts, actorWeight);
        return digest;
    }

    // Evidence for one actor on one issue: one sentence per stance first (so "agrees, rejects" shows
    // both), spoken words before reported ones, substantive stances before reiterations, and sentences
    // not yet quoted in the memo before those that are (at most one of those, to point back to).
    private static List<Evidence> ChooseEvidence(List<(Transcript Transcript, Position Position)> items, List<Stance> stances, int take, List<QuotedEarlier> quoted)
    {
        bool Quoted(string text) => quoted.Any(q => TextKey.NearlySame(q.Evidence.Text, text));
        var ordered = items
            .Select((x, i) => (Item: x, Index: i))
            .Where(p => !string.IsNullOrWhiteSpace(p.Item.Position.Evidence))
            .Select(p => (Evidence: ToEvidence(p.Item.Transcript, p.Item.Position), Stance: p.Item.Position.Stance, p.Index))
            .OrderBy(c => Quoted(c.Evidence.Text) ? 1 : 0)
            .ThenBy(c => c.Evidence.Spoken ? 0 : 1)
            .ThenBy(c => Stances.GroupOf(c.Stance) == StanceGroup.Statement ? 1 : 0)
            .ThenBy(c => c.Evidence.Text.Length > 400 ? 1 : 0)
            .ThenBy(c => c.Index)
            .ToList();
        var chosen = new List<Evidence>();
        bool Fits(Evidence evidence) =>
            chosen.Count < take
            && !chosen.Any(c => TextKey.NearlySame(c.Text, evidence.Text))
            && (chosen.Count == 0 || !Quoted(evidence.Text));
        foreach (var stance in stances)
        {
            var candidate = ordered.FirstOrDefault(c => c.Stance == stance && Fits(c.Evidence));
            if (candidate.Evidence is not null) chosen.Add(candidate.Evidence);
        }
        foreach (var candidate in ordered)
        {
            if (Fits(candidate.Evidence)) chosen.Add(candidate.Evidence);
        }
        return chosen;
    }

    /// <summary>
    /// The transcripts' direct quotations ("We need to put an end to this steady degradation,"
    /// Tillerson said): attributed, long enough to say something, not already quoted under an
    /// issue, in the order of the sources.
    /// </summary>
    private static IReadOnlyList<Evidence> SelectKeyQuotes(IReadOnlyList<Transcript> transcripts, List<string> used, int max, int maxWords)
    {
        var chosen = new List<Evidence>();
        foreach (var t in transcripts)
        {
            foreach (var quote in t.Quotes)
            {
                if (quote.Kind != QuoteKind.Direct || t.FindSpeaker(quote.Speaker) is not { } speaker) continue;
                var text = quote.Text.Trim();
                var words = text.Split(new[] { ' ', '\n' }, StringSplitOptions.RemoveEmptyEntries).Length;
                if (words < 6 || words > maxWords) continue;
                if (used.Any(u => TextKey.NearlySame(u, text)) // also when one contains the other
                    || chosen.Any(c => TextKey.NearlySame(c.Text, text))) continue;
                chosen.Add(new Evidence(text, t, quote.Line) { Speaker = speaker, Spoken = true, Start = t.TurnAtLine(quote.Line)?.Start });
                if (chosen.Count == max) return chosen;
            }
        }
        return chosen;
    }

    private static Evidence ToEvidence(Transcript transcript, Position position)
    {
        // Spoken words are the turn holder's. Narration (a readout) reports someone only when it names them: the
        // person named before a reporting verb, else the position's speaker if named, else a named person of the actor's side.
        var text = position.Evidence!.Trim();
        var spoken = transcript.FindSpeaker(transcript.SpokenQuote(position)?.Speaker);
        var reported = spoken is null ? ReportedSpeaker(transcript, position, text) : null;
        return new Evidence(text, transcript, position.Line)
        {
            Speaker = spoken ?? reported,
            Spoken = spoken is not null,
            Start = transcript.TurnAtLine(position.Line)?.Start,
        };
    }

    private static Speaker? ReportedSpeaker(Transcript transcript, Position position, string text)
    {
        if (EvidenceSide.Reporter(transcript, text) is { } reporter) return reporter;
        if (transcript.FindSpeaker(position.Speaker) is { } speaker && EvidenceSide.NamesPerson(text, speaker)) return speaker;
        return transcript.Speakers.FirstOrDefault(s => s.Kind == SpeakerKind.Official
            && string.Equals(s.Affiliation, position.Actor, StringComparison.OrdinalIgnoreCase) && EvidenceSide.NamesPerson(text, s));
    }

    private void SelectCommitments(IReadOnlyList<Transcript> transcripts, Dictionary<string, string> names, List<string> sectionIssues, List<string> ranked, int max)
    {
        var all = new List<CommitmentItem>();
        foreach (var t in transcripts)
        {
            foreach (var c in t.Commitments)
            {
                var text = c.Text.Trim();
                if (text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length < 4) continue; // fragments say nothing on their own
                if (all.Any(a => TextKey.NearlySame(a.Text, text))) continue;
                // A commitment the model left without an issue takes the most salient issue of the positions whose evidence states it.
                var key = TextKey.Normalize(text);
                var issue = c.Issue ?? t.Positions.Where(p => p.Line == c.Line && p.Evidence is not null && TextKey.Normalize(p.Evidence).IndexOf(key, StringComparison.Ordinal) >= 0)
                    .Select(p => p.Issue).OrderBy(id => ranked.IndexOf(id) is var r && r < 0 ? int.MaxValue : r).FirstOrDefault();
                all.Add(new CommitmentItem(c.Actors.ToList(), text, issue is null ? null : (names.TryGetValue(issue, out var n) ? n : Humanize(issue)), t, c.Line));
            }
        }
        int Rank(CommitmentItem item)
        {
            var issueId = names.FirstOrDefault(kv => kv.Value == item.IssueName).Key;
            var index = issueId is null ? -1 : sectionIssues.IndexOf(issueId);
            return index < 0 ? sectionIssues.Count : index;
        }
        // Joint commitments first (two or more actors), then by the weight of their issue, keeping each source represented.
        var ordered = all.Select((c, i) => (c, i))
            .OrderByDescending(x => x.c.Actors.Count > 1 ? 1 : 0)
            .ThenBy(x => Rank(x.c))
            .ThenBy(x => x.i)
            .Select(x => x.c)
            .ToList();
        var picked = new List<CommitmentItem>();
        foreach (var source in transcripts)
        {
            var first = ordered.FirstOrDefault(c => c.Source == source && !picked.Contains(c));
            if (first is not null && picked.Count < max) picked.Add(first);
        }
        foreach (var c in ordered)
        {
            if (picked.Count >= max) break;
            if (!picked.Contains(c)) picked.Add(c);
        }
        Commitments = picked.OrderBy(c => Rank(c)).ThenBy(c => ordered.IndexOf(c)).ToList();
        CommitmentsOmitted = all.Count - picked.Count;
    }

    private void SelectParticipants(IReadOnlyList<Transcript> transcripts, Dictionary<string, int> actorWeight)
    {
        var officials = new List<Speaker>();
        var mentioned = new List<Speaker>();
        var pressEvents = 0;
        foreach (var t in transcripts)
        {
            var pressIds = new HashSet<string>(t.Speakers.Where(s => s.Kind == SpeakerKind.Press).Select(s => s.Id), StringComparer.Ordinal);
            if (pressIds.Count > 0)
            {
                pressEvents++;
                PressSpeakers += pressIds.Count;
                PressQuestions += t.Turns.Count(turn => turn.Speaker is not null && pressIds.Contains(turn.Speaker));
            }
            Moderators += t.Speakers.Count(s => s.Kind == SpeakerKind.Moderator);
            var active = new HashSet<string>(t.Participants().Select(s => s.Id), StringComparer.Ordinal);
            foreach (var s in t.Speakers.Where(s => s.Kind == SpeakerKind.Official && !active.Contains(s.Id)))
                if (!mentioned.Any(m => string.Equals(m.Name, s.Name, StringComparison.OrdinalIgnoreCase))) mentioned.Add(s);
            foreach (var s in t.Speakers.Where(s => s.Kind == SpeakerKind.Official && active.Contains(s.Id)))
            {
                var existing = officials.FindIndex(o => string.Equals(o.Name, s.Name, StringComparison.OrdinalIgnoreCase));
                if (existing < 0) officials.Add(s);
                else if (officials[existing].Role is null && s.Role is not null) officials[existing] = officials[existing] with { Role = s.Role };
            }
        }
        PressEvents = pressEvents;
        Mentioned = mentioned.Where(m => !officials.Any(o => string.Equals(o.Name, m.Name, StringComparison.OrdinalIgnoreCase))).ToList();
        Participants = officials
            .GroupBy(s => string.IsNullOrWhiteSpace(s.Affiliation) ? "Other" : s.Affiliation!, StringComparer.Ordinal)
            .OrderBy(g => g.Key == "Other" ? 1 : 0)
            .ThenByDescending(g => actorWeight.TryGetValue(g.Key, out var w) ? w : 0)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ParticipantGroup(g.Key, g.ToList()))
            .ToList();
    }

    public static string Humanize(string id)
    {
        var text = id.Replace('-', ' ');
        return text.Length == 0 ? id : char.ToUpperInvariant(text[0]) + text.Substring(1);
    }

    public static string FormatDate(DateTime date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateTime date) => date.ToString("MMM d", CultureInfo.InvariantCulture);
}
