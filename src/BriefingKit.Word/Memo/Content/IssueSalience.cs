// How much happened on one issue across the memo's inputs, and the one rule that orders the
// memo's issues by it. Counts are per source (document), so one long joint statement that
// repeats an issue forty times weighs as one source, not forty.
using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit.Word.Memo.Content;

/// <summary>
/// The salience of an issue over a set of inputs: what happened on it (decisions, conflict), who engaged
/// (actors, sources), whether a source is about it (its headline) and whether reporters asked about it.
/// <see cref="Score"/> orders the memo's issues; <see cref="Terms"/> only breaks ties.
/// </summary>
internal sealed record IssueSalience(string Id, string Name)
{
    /// <summary>Sources in which an actor commits on the issue (a <c>commit</c> stance or a commitment on it).</summary>
    public int Decisions { get; init; }

    /// <summary>Sources in which an actor takes a conflict stance on it (concern, disagree, reject, criticize).</summary>
    public int Conflicts { get; init; }

    /// <summary>Distinct actors that take a position on it.</summary>
    public int Actors { get; init; }

    /// <summary>Sources in which some actor takes a position on it.</summary>
    public int Sources { get; init; }

    /// <summary>Sources whose title names it (a headline names what its document is about).</summary>
    public int Headlines { get; init; }

    /// <summary>Reporters' questions that name it (the press asks about the week's news).</summary>
    public int Questions { get; init; }

    /// <summary>
    /// True when the issue is raised in more than three quarters of four or more sources: then it is the
    /// setting of the week (the bilateral relationship in a week of bilateral calls), not its news; its
    /// sources do not add to <see cref="Score"/> and <see cref="Rank"/> puts it after the issues that are news.
    /// </summary>
    public bool Setting { get; init; }

    /// <summary>How often its terms occur over all sources; a tie-break only.</summary>
    public int Terms { get; init; }

    /// <summary>
    /// What happened outweighs how much was said: a headline counts 4 (a document of its own is the surest sign
    /// of the week's news, worth more than one more source's decision and conflict), a source with a decision or with
    /// conflict 2 each, an actor 1, a source with a position 1 (none for a setting), and reporters' questions
    /// log2(1 + n).
    /// </summary>
    public double Score =>
        4 * Headlines + 2 * Decisions + 2 * Conflicts + Actors + (Setting ? 0 : Sources) + Math.Log(1 + Questions, 2);

    /// <summary>Issues by <see cref="Score"/>, then <see cref="Terms"/>, then name; a <see cref="Setting"/> after the issues that are news.</summary>
    public static IReadOnlyList<IssueSalience> Rank(IEnumerable<IssueSalience> issues) =>
        issues.OrderBy(i => i.Setting ? 1 : 0).ThenByDescending(i => i.Score).ThenByDescending(i => i.Terms).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();

    /// <summary>The salience of every issue the transcripts raise or take positions on, ranked.</summary>
    /// <param name="transcripts">The inputs.</param>
    /// <param name="names">Display names by issue id.</param>
    /// <param name="taxonomy">Terms by which titles and questions name an issue; an id it lacks is found by its display name.</param>
    /// <param name="actorDirectory">The gazetteer by which a headline's topic is known for a country (<see cref="HeadlineIssues"/>).</param>
    public static IReadOnlyList<IssueSalience> Of(IReadOnlyList<Transcript> transcripts, IReadOnlyDictionary<string, string> names, IssueTaxonomy taxonomy, ActorDirectory actorDirectory)
    {
        var decisions = new Dictionary<string, int>(StringComparer.Ordinal);
        var conflicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, int>(StringComparer.Ordinal);
        var raised = new Dictionary<string, int>(StringComparer.Ordinal);
        var headlines = new Dictionary<string, int>(StringComparer.Ordinal);
        var questions = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var actors = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var finder = new IssueFinder(taxonomy, names);

        foreach (var t in transcripts)
        {
            var decided = new HashSet<string>(StringComparer.Ordinal);
            var contested = new HashSet<string>(StringComparer.Ordinal);
            var positioned = new HashSet<string>(StringComparer.Ordinal);
            var byLine = new Dictionary<int, HashSet<string>>();
            foreach (var p in t.Positions)
            {
                positioned.Add(p.Issue);
                if (!actors.TryGetValue(p.Issue, out var set)) actors[p.Issue] = set = new HashSet<string>(StringComparer.Ordinal);
                set.Add(p.Actor);
                if (p.Stance == Stance.Commit) decided.Add(p.Issue);
                if (Stances.GroupOf(p.Stance) == StanceGroup.Conflict) contested.Add(p.Issue);
                if (!byLine.TryGetValue(p.Line, out var onLine)) byLine[p.Line] = onLine = new HashSet<string>(StringComparer.Ordinal);
                onLine.Add(p.Issue);
            }
            // A commitment without an issue belongs to the issues positions take on its line.
            foreach (var c in t.Commitments)
            {
                if (c.Issue is not null) decided.Add(c.Issue);
                else if (byLine.TryGetValue(c.Line, out var onLine)) decided.UnionWith(onLine);
            }
            var tagged = new HashSet<string>(t.Issues.Select(i => i.Id), StringComparer.Ordinal);
            foreach (var issue in t.Issues) Add(terms, issue.Id, Math.Max(1, issue.Mentions));
            tagged.UnionWith(positioned);
            foreach (var id in tagged) Add(raised, id, 1);
            foreach (var id in positioned) Add(sources, id, 1);
            foreach (var id in decided) Add(decisions, id, 1);
            foreach (var id in contested) Add(conflicts, id, 1);
            foreach (var id in HeadlineIssues.Of(t, tagged, finder.Named, actorDirectory)) Add(headlines, id, 1);

            var press = new HashSet<string>(t.Speakers.Where(s => s.Kind == SpeakerKind.Press).Select(s => s.Id), StringComparer.Ordinal);
            foreach (var turn in t.Turns)
            {
                if (turn.Kind != TurnKind.Question && (turn.Speaker is null || !press.Contains(turn.Speaker))) continue;
                foreach (var id in finder.Named(turn.Text, tagged)) Add(questions, id, 1);
            }
        }

        var count = transcripts.Count;
        return Rank(names.Keys.Select(id => new IssueSalience(id, names[id])
        {
            Decisions = Get(decisions, id),
            Conflicts = Get(conflicts, id),
            Sources = Get(sources, id),
            Actors = actors.TryGetValue(id, out var set) ? set.Count : 0,
            Headlines = Get(headlines, id),
            Questions = Get(questions, id),
            Terms = Get(terms, id),
            Setting = count >= 4 && Get(raised, id) * 4 > count * 3,
        }));
    }

    private static int Get(Dictionary<string, int> counts, string id) => counts.TryGetValue(id, out var n) ? n : 0;

    private static void Add(Dictionary<string, int> counts, string id, int n) => counts[id] = Get(counts, id) + n;

    // Which of a source's issues a text names: by the taxonomy's terms, or by the display name for an issue the taxonomy lacks.
    private sealed class IssueFinder
    {
        private readonly IssueTaxonomy _taxonomy;
        private readonly IReadOnlyDictionary<string, string> _names;

        public IssueFinder(IssueTaxonomy taxonomy, IReadOnlyDictionary<string, string> names)
        {
            _taxonomy = taxonomy;
            _names = names;
        }

        public IEnumerable<string> Named(string? text, HashSet<string> candidates)
        {
            if (string.IsNullOrWhiteSpace(text)) yield break;
            var found = new HashSet<string>(_taxonomy.IssuesNamedIn(text), StringComparer.Ordinal);
            foreach (var id in candidates)
            {
                if (found.Contains(id)) yield return id;
                else if (_taxonomy.Find(id) is null && _names.TryGetValue(id, out var name) && text!.IndexOf(name, StringComparison.OrdinalIgnoreCase) >= 0) yield return id;
            }
        }
    }
}
