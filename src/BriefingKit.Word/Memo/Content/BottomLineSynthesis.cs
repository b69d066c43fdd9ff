// The "Bottom line", synthesised from the model rather than copied: who agreed on what, who
// disagreed with whom on what, who committed to what, and what moved since the previous week —
// each claim with the source and line it rests on, the most salient issues first.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit.Word.Memo.Content;

internal static class BottomLineSynthesis
{
    private const int MaxLines = 5;
    private const int MaxIssuesPerClause = 2;
    private const int MaxConflictIssues = 4; // a dispute between two parties often spans several issues (sanctions, cyber, elections)
    private const int MaxCommitmentWords = 16;

    public static IReadOnlyList<SummaryLine> Synthesise(IReadOnlyList<Transcript> transcripts, IReadOnlyList<IssueSalience> salience, IReadOnlyList<CommitmentItem> commitments, ActorDirectory actors, IssueTaxonomy taxonomy)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < salience.Count; i++) rank[salience[i].Id] = i;
        var names = salience.ToDictionary(s => s.Id, s => s.Name, StringComparer.Ordinal);
        var facts = new Facts(rank, names);

        var agreed = Agreed(transcripts, facts).Take(2).ToList();
        var disagreed = Disagreed(transcripts, facts, actors, taxonomy).Take(2).ToList();
        var committed = Committed(commitments).Take(2).ToList();
        var changed = Changed(transcripts, facts).Take(1).ToList();
        // Within five lines, a change since last week and a disagreement outrank a second agreement, then a second commitment.
        while (agreed.Count + disagreed.Count + committed.Count + changed.Count > MaxLines)
        {
            if (agreed.Count > 1) agreed.RemoveAt(agreed.Count - 1);
            else if (committed.Count > 1) committed.RemoveAt(committed.Count - 1);
            else disagreed.RemoveAt(disagreed.Count - 1);
        }
        return agreed.Concat(disagreed).Concat(committed).Concat(changed).ToList();
    }

    // Two or more actors taking a cooperative stance on an issue in the same sentence ("the two leaders agreed to …").
    private static IEnumerable<SummaryLine> Agreed(IReadOnlyList<Transcript> transcripts, Facts facts)
    {
        var byActors = new Dictionary<string, (List<string> Actors, List<(string Issue, Transcript Source, int Line)> Issues)>(StringComparer.Ordinal);
        foreach (var t in transcripts)
        {
            var joint = t.Positions
                .Where(p => Stances.GroupOf(p.Stance) == StanceGroup.Cooperative && !string.IsNullOrWhiteSpace(p.Evidence))
                .GroupBy(p => (p.Issue, p.Line, Text: TextKey.Normalize(p.Evidence!)));
            foreach (var sentence in joint)
            {
                var who = sentence.Select(p => p.Actor).Distinct(StringComparer.Ordinal).ToList();
                if (who.Count < 2) continue;
                var key = string.Join("|", who.OrderBy(a => a, StringComparer.Ordinal));
                if (!byActors.TryGetValue(key, out var entry)) byActors[key] = entry = (who, new List<(string, Transcript, int)>());
                if (!entry.Issues.Any(i => i.Issue == sentence.Key.Issue)) entry.Issues.Add((sentence.Key.Issue, t, sentence.Key.Line));
            }
        }
        return byActors.Values
            .Select(v => (v.Actors, Issues: v.Issues.OrderBy(i => facts.Rank(i.Issue)).ToList()))
            .OrderBy(v => facts.Rank(v.Issues[0].Issue)).ThenByDescending(v => v.Issues.Count)
            .Select(v => Line("Agreed", JoinAnd(v.Actors) + " on ", v.Issues.Take(MaxIssuesPerClause).Select(i => (facts.Name(i.Issue), i.Source, i.Line)).ToList()));
    }

    // An actor's conflict stance (concern, disagree, reject, criticize) in a sentence that names another
    // actor, who is the one it disagrees with; actors sharing the stance in that sentence are on its side.
    private static IEnumerable<SummaryLine> Disagreed(IReadOnlyList<Transcript> transcripts, Facts facts, ActorDirectory actors, IssueTaxonomy taxonomy)
    {
        var byTarget = new Dictionary<string, (List<string> Sides, List<(string Issue, Transcript Source, int Line)> Issues)>(StringComparer.Ordinal);
        foreach (var t in transcripts)
        {
            var conflict = t.Positions.Where(p => Stances.GroupOf(p.Stance) == StanceGroup.Conflict && !string.IsNullOrWhiteSpace(p.Evidence)).ToList();
            foreach (var p in conflict)
            {
                var allies = conflict.Where(q => q.Line == p.Line && q.Evidence == p.Evidence).Select(q => q.Actor).Distinct(StringComparer.Ordinal).ToList();
                foreach (var other in Targets(IssuePart(p.Evidence!, p.Issue, facts.Name(p.Issue), taxonomy), p.Issue, facts.Name(p.Issue), actors, taxonomy).Where(a => !allies.Contains(a)))
                {
                    if (!byTarget.TryGetValue(other, out var entry)) byTarget[other] = entry = (new List<string>(), new List<(string, Transcript, int)>());
                    foreach (var ally in allies) if (!entry.Sides.Contains(ally)) entry.Sides.Add(ally);
                    // An issue named after the counterpart ("Syria") says no more than the counterpart does.
                    if (!entry.Issues.Any(i => i.Issue == p.Issue) && !string.Equals(facts.Name(p.Issue), other, StringComparison.OrdinalIgnoreCase))
                        entry.Issues.Add((p.Issue, t, p.Line));
                }
            }
        }
        // One line per counterpart, with every party that took issue with it.
        return byTarget
            .Where(kv => kv.Value.Issues.Count > 0)
            .Select(kv => (Other: kv.Key, kv.Value.Sides, Issues: kv.Value.Issues.OrderBy(i => facts.Rank(i.Issue)).ToList()))
            .OrderBy(v => facts.Rank(v.Issues[0].Issue)).ThenByDescending(v => v.Issues.Count)
            .Select(v => Line("Disagreed", JoinAnd(v.Sides) + " vs " + v.Other + " on ", v.Issues.Take(MaxConflictIssues).Select(i => (facts.Name(i.Issue), i.Source, i.Line)).ToList()));
    }

    // Whom a criticism is aimed at: the parties it names as possessors or by adjective ("Russia's aggression",
    // "the Russian government"), which is how English names the author of what is criticised; when it names
    // none that way, every party it names; a territory stands for the state it is part of.
    // Of several such parties, the ones whose own phrase (up to the next comma) names the issue: "Freedonia's war on
    // Ruritania, Sylvania's tariffs" is aimed at Freedonia on the war and at Sylvania on trade.
    private static IEnumerable<string> Targets(string text, string issue, string issueName, ActorDirectory actors, IssueTaxonomy taxonomy)
    {
        var mentions = actors.Find(text).ToList();
        bool Possessive(ActorMention m)
        {
            var end = m.Index + m.Length;
            return end + 1 < text.Length && (text[end] == '\'' || text[end] == '\u2019') && text[end + 1] == 's';
        }
        var owners = mentions.Where(m => m.IsAdjective || Possessive(m)).ToList();
        if (owners.Count > 1)
        {
            bool PhraseNamesIssue(ActorMention m)
            {
                var end = text.IndexOfAny(new[] { ',', ';' }, m.Index);
                var phrase = text.Substring(m.Index, (end < 0 ? text.Length : end) - m.Index);
                return NamesIssue(phrase, issue, issueName, taxonomy);
            }
            var aimed = owners.Where(PhraseNamesIssue).ToList();
            if (aimed.Count > 0) owners = aimed;
        }
        // A territory's situation ("human rights in Hong Kong") is taken up with the state it is part of.
        var parents = actors.Actors.Where(a => a.PartOf is not null).GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().PartOf!, StringComparer.Ordinal);
        return (owners.Count > 0 ? owners : mentions).Select(m => parents.TryGetValue(m.Actor, out var parent) ? parent : m.Actor).Distinct(StringComparer.Ordinal);
    }

    // "They resolved to confront climate change; and condemned Freedonia's brutal war.": in a sentence of
    // semicolon-separated parts, the party a criticism on an issue is aimed at is named in the part that names
    // the issue; the whole sentence when no part names it.
    private static string IssuePart(string text, string issue, string issueName, IssueTaxonomy taxonomy)
    {
        if (text.IndexOf(';') < 0) return text;
        var parts = text.Split(';').Where(part => NamesIssue(part, issue, issueName, taxonomy)).ToList();
        return parts.Count > 0 ? string.Join(";", parts) : text;
    }

    // Whether a stretch of text names the issue: by one of the taxonomy's terms for it, or by its display name.
    private static bool NamesIssue(string text, string issue, string issueName, IssueTaxonomy taxonomy) =>
        taxonomy.IssuesNamedIn(text).Contains(issue) || text.IndexOf(issueName, StringComparison.OrdinalIgnoreCase) >= 0;

    // In the memo's order (by the salience of their issue, joint commitments first within an issue), one per issue,
    // so that a second line tells of a second story rather than more of the first; in a few words.
    private static IEnumerable<SummaryLine> Committed(IReadOnlyList<CommitmentItem> commitments) =>
        commitments.Where(c => c.Actors.Count > 0)
            .GroupBy(c => c.IssueName ?? string.Empty, StringComparer.Ordinal)
            .Select(g => g.OrderBy(c => c.Actors.Count > 1 ? 0 : 1).First())
            .Select(c => new SummaryLine("Committed", new[]
            {
                new SummarySegment(JoinAnd(c.Actors) + " to " + Shorten(c.Text), c.Source, c.Line),
            }));

    // For inputs from two or more ISO weeks: actors whose net stance on an issue moved to another stance group
    // between the previous week and the latest, cited where the latest week shows the new stance.
    private static IEnumerable<SummaryLine> Changed(IReadOnlyList<Transcript> transcripts, Facts facts)
    {
        var weeks = transcripts.Where(t => t.Date.HasValue).GroupBy(t => IsoWeek(t.Date!.Value)).OrderBy(g => g.Key).ToList();
        if (weeks.Count < 2) yield break;
        var latest = weeks[weeks.Count - 1].ToList();
        var previous = weeks[weeks.Count - 2].ToList();
        var before = NetStances(previous);
        var moves = new List<(string Actor, string Issue, Stance From, Stance To, Transcript Source, int Line)>();
        foreach (var pair in NetStances(latest))
        {
            var (key, now) = (pair.Key, pair.Value);
            if (!before.TryGetValue(key, out var then) || Stances.GroupOf(then.Stance) == Stances.GroupOf(now.Stance)) continue;
            moves.Add((key.Actor, key.Issue, then.Stance, now.Stance, now.Source, now.Line));
        }
        var ordered = moves.OrderBy(m => facts.Rank(m.Issue)).ThenBy(m => m.Actor, StringComparer.Ordinal).Take(MaxIssuesPerClause).ToList();
        if (ordered.Count == 0) yield break;
        var since = "since the week of " + weeks[weeks.Count - 2].Min(t => t.Date!.Value).ToString("MMM d", CultureInfo.InvariantCulture) + ": ";
        var segments = new List<SummarySegment> { new(since) };
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            if (i > 0) segments.Add(new SummarySegment("; "));
            segments.Add(new SummarySegment($"{m.Actor} on {facts.Name(m.Issue)} from {Stances.Word(m.From)} to {Stances.Word(m.To)}", m.Source, m.Line));
        }
        yield return new SummaryLine("Changed", segments);
    }

    private static Dictionary<(string Actor, string Issue), (Stance Stance, Transcript Source, int Line)> NetStances(List<Transcript> transcripts) =>
        transcripts.SelectMany(t => t.Positions.Select(p => (t, p)))
            .GroupBy(x => (x.p.Actor, x.p.Issue))
            .ToDictionary(g => g.Key, g =>
            {
                var net = Stances.Net(g.Select(x => new StanceVote(x.p.Stance, x.t.Source + "\n" + (x.p.Evidence ?? x.p.Line.ToString(CultureInfo.InvariantCulture)), x.t.Date)));
                var where = g.Where(x => x.p.Stance == net).OrderByDescending(x => x.t.Date).First();
                return (net, where.t, where.p.Line);
            });

    // ISO 8601 week as year * 100 + week: the week belongs to the year of its Thursday.
    private static int IsoWeek(DateTime date)
    {
        var thursday = date.Date.AddDays(3 - ((int)date.DayOfWeek + 6) % 7);
        return thursday.Year * 100 + (thursday.DayOfYear - 1) / 7 + 1;
    }

    private static SummaryLine Line(string label, string lead, IReadOnlyList<(string Issue, Transcript Source, int Line)> issues)
    {
        var segments = new List<SummarySegment> { new(lead) };
        for (var i = 0; i < issues.Count; i++)
        {
            // "on A and B", but "on A, as well as B and C" when a name holds "and" itself.
            var compound = issues.Any(x => x.Issue.IndexOf(" and ", StringComparison.Ordinal) >= 0);
            if (i > 0) segments.Add(new SummarySegment(i < issues.Count - 1 ? ", " : compound ? ", as well as " : " and "));
            segments.Add(new SummarySegment(issues[i].Issue, issues[i].Source, issues[i].Line));
        }
        return new SummaryLine(label, segments);
    }

    private static string JoinAnd(IReadOnlyList<string> items) => Internal.Blocks.JoinAnd(items);

    private static string Shorten(string text)
    {
        var words = text.Trim().TrimEnd('.', ';', ',').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxCommitmentWords ? string.Join(" ", words) : string.Join(" ", words.Take(MaxCommitmentWords)).TrimEnd(',', ';', ':') + "\u2026";
    }

    private sealed class Facts
    {
        private readonly Dictionary<string, int> _rank;
        private readonly Dictionary<string, string> _names;

        public Facts(Dictionary<string, int> rank, Dictionary<string, string> names)
        {
            _rank = rank;
            _names = names;
        }

        public int Rank(string issue) => _rank.TryGetValue(issue, out var r) ? r : int.MaxValue;

        public string Name(string issue) => _names.TryGetValue(issue, out var n) ? n : MemoDigest.Humanize(issue);
    }
}
