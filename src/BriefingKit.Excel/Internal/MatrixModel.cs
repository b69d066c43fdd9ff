// Net stances: what the Matrix and History sheets show. Computed from the Positions rows (not from
// the transcripts) so rows kept from earlier runs, rows typed by hand and the Analyst override
// column all count.
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Excel.Internal;

/// <summary>One Positions row as the matrix sees it.</summary>
internal sealed record PositionFact(IsoWeek Week, DateTime? Date, string Actor, string Issue, Stance Stance, int Order)
{
    public Stance? Override { get; init; }
    public string Evidence { get; init; } = string.Empty;
    public string Speaker { get; init; } = string.Empty;

    /// <summary>Whether <see cref="Speaker"/> is a person (a turn holder, someone reported or quoted), not a document's voice.</summary>
    public bool SpokenByPerson { get; init; }
    public string Event { get; init; } = string.Empty;
    public string Source { get; init; } = string.Empty;
    public double Line { get; init; }

    /// <summary>What identifies the evidence sentence among a week's facts (two cues of one sentence are one vote).</summary>
    public string Sentence { get; init; } = string.Empty;

    public Stance Effective => Override ?? Stance;
}

/// <summary>An actor's net stance on an issue in one week.</summary>
internal sealed record NetStance(Stance Stance, bool Overridden, PositionFact Evidence, int Count, string Breakdown);

internal sealed class MatrixModel
{
    public IsoWeek Week { get; init; }
    public List<string> Issues { get; } = new();
    public List<string> Actors { get; } = new();
    public Dictionary<(string Issue, string Actor), NetStance> Cells { get; } = new();
    public Dictionary<string, int> Events { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Changes { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int Inputs { get; init; }

    /// <summary>The change of an issue raised this week without any actor's stance on it.</summary>
    public const string NoStance = "no stance";

    /// <summary>The History week the change column compares with (the latest before <see cref="Week"/>), if any.</summary>
    public IsoWeek? Previous { get; private set; }

    /// <summary>
    /// The facts of the Positions rows. Only the facts of <paramref name="shown"/> (the Matrix's week; null: every week)
    /// keep their evidence, speaker, event and source: the other weeks feed History, which needs the net stance
    /// alone, and a year of evidence texts would otherwise stay in memory. Their sentences are told apart by a
    /// 64-bit hash of source and evidence instead of the text itself.
    /// </summary>
    public static List<PositionFact> Facts(IEnumerable<DataRow> positions, IsoWeek? shown = null)
    {
        var facts = new List<PositionFact>();
        // Actors and issues are a small vocabulary; rows read back from a file bring a copy of each on every row.
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        string Name(string text)
        {
            if (names.TryGetValue(text, out var same)) return same;
            names[text] = text;
            return text;
        }

        var order = 0;
        foreach (var row in positions)
        {
            order++;
            var date = row.Cell(Columns.Date)?.AsDate();
            IsoWeek week;
            if (!IsoWeek.TryParse(row.Get(Columns.Week), out week))
            {
                if (date is null || !IsoWeek.TryFromDate(date.Value, out week)) continue;
            }
            var actor = row.Get(Columns.Actor).Trim();
            var issue = row.Get(Columns.Issue).Trim();
            if (actor.Length == 0 || issue.Length == 0) continue;
            var hasOverride = Stances.TryParse(row.Get(Columns.Override), out var overridden);
            if (!Stances.TryParse(row.Get(Columns.Stance), out var stance))
            {
                if (!hasOverride) continue;
                stance = overridden;
            }
            var sentence = row.Get(Columns.Source) + "\n" + row.Get(Columns.Evidence);
            var fact = new PositionFact(week, date, Name(actor), Name(issue), stance, order)
            {
                Override = hasOverride ? overridden : null,
                SpokenByPerson = row.Get(Columns.Speaker).Length > 0 && !EvidenceVoice.IsDocumentVoice(row.Cell(Columns.Speaker)?.Note),
                Line = row.Cell(Columns.Line)?.Number ?? 0,
            };
            facts.Add(shown is null || shown == week
                ? fact with
                {
                    Evidence = row.Get(Columns.Evidence),
                    Speaker = row.Get(Columns.Speaker),
                    Event = row.Get(Columns.Event),
                    Source = row.Get(Columns.Source),
                    Sentence = sentence,
                }
                : fact with { Sentence = SentenceHash(sentence) });
        }
        return facts;
    }

    /// <summary>FNV-1a, 64 bits: two different sentences of one actor, issue and week share it with a chance of about one in 10^18.</summary>
    private static string SentenceHash(string text) =>
        Fnv1a.Hash64(text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Net stances of one week's facts. An analyst override wins (the latest one if several rows of the
    /// cell have one); otherwise <see cref="Stances.Net"/>, the rule the memo uses too.
    /// </summary>
    /// <param name="weekFacts">The facts of one week.</param>
    /// <param name="explain">Whether to choose each cell's evidence and count its positions by stance (the Matrix's notes);
    /// History shows the stance alone, so it skips both for every week.</param>
    public static Dictionary<(string Issue, string Actor), NetStance> Net(IEnumerable<PositionFact> weekFacts, bool explain = true)
    {
        var result = new Dictionary<(string, string), NetStance>();
        foreach (var cell in weekFacts.GroupBy(f => (f.Issue, f.Actor)))
        {
            var facts = cell.ToList();
            var breakdown = !explain ? string.Empty : string.Join(", ", facts.GroupBy(f => f.Effective).OrderByDescending(g => g.Count()).ThenByDescending(g => Stances.Strength(g.Key))
                .Select(g => $"{g.Count()} {Stances.Word(g.Key)}"));
            var overrides = facts.Where(f => f.Override is not null).ToList();
            if (overrides.Count > 0)
            {
                var latest = overrides.OrderByDescending(f => f.Date ?? DateTime.MinValue).ThenByDescending(f => f.Order).First();
                result[cell.Key] = new NetStance(latest.Override!.Value, true, latest, facts.Count, breakdown);
                continue;
            }
            // One rule with the memo (Stances.Net): a sentence with two cues counts once, substance before statements.
            var stance = Stances.Net(facts.Select(f => new StanceVote(f.Stance, f.Sentence, f.Date)));
            result[cell.Key] = new NetStance(stance, false, explain ? Strongest(facts.Where(f => f.Stance == stance)) : facts[0], facts.Count, breakdown);
        }
        return result;
    }

    /// <summary>The evidence to show: a named person's words first (not a document's voice), then the most recent, then a sentence of readable length.</summary>
    private static PositionFact Strongest(IEnumerable<PositionFact> facts) => facts
        .OrderByDescending(f => f.SpokenByPerson)
        .ThenByDescending(f => f.Date ?? DateTime.MinValue)
        .ThenByDescending(f => f.Evidence.Length is >= 40 and <= 400)
        .ThenBy(f => f.Order)
        .First();

    /// <summary>How cooperative a stance group is, for the ▲ ▼ = of the change column.</summary>
    public static int Warmth(StanceGroup group) => group switch
    {
        StanceGroup.Cooperative => 2,
        StanceGroup.Conflict => 0,
        _ => 1,
    };

    public static MatrixModel Build(IsoWeek week, List<PositionFact> facts, IEnumerable<DataRow> sources, DataSheet history)
    {
        var weekFacts = facts.Where(f => f.Week == week).ToList();
        var weekSources = sources.Where(r => r.Get(Columns.Week) == week.ToString()).ToList();
        var model = new MatrixModel { Week = week, Inputs = weekSources.Count };
        foreach (var pair in Net(weekFacts)) model.Cells[pair.Key] = pair.Value;

        var issues = new HashSet<string>(weekFacts.Select(f => f.Issue), StringComparer.OrdinalIgnoreCase);
        foreach (var row in weekSources)
            foreach (var issue in row.Get(Columns.Issues).Split(';').Select(s => s.Trim()).Where(s => s.Length > 0))
            {
                issues.Add(issue);
                model.Events[issue] = model.Events.TryGetValue(issue, out var n) ? n + 1 : 1;
            }
        model.Issues.AddRange(issues
            .OrderByDescending(i => model.Events.TryGetValue(i, out var n) ? n : 0)
            .ThenByDescending(i => weekFacts.Count(f => string.Equals(f.Issue, i, StringComparison.OrdinalIgnoreCase)))
            .ThenBy(i => i, StringComparer.OrdinalIgnoreCase));
        model.Actors.AddRange(weekFacts.GroupBy(f => f.Actor).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Select(g => g.Key));

        // The previous week is the latest History column before this one.
        var previous = history.Headers.Select(h => IsoWeek.TryParse(h, out var w) ? (IsoWeek?)w : null)
            .Where(w => w is not null && w.Value < week).Select(w => w!.Value).DefaultIfEmpty().Max();
        var hasPrevious = previous.Year > 0;
        if (hasPrevious) model.Previous = previous;
        foreach (var issue in model.Issues)
        {
            // One format in every row: each actor with its move ("United States ▲; Japan new"); "–" when History
            // has no earlier week to compare with.
            if (!hasPrevious)
            {
                model.Changes[issue] = "–";
                continue;
            }
            var moves = new List<(string Actor, string Move)>();
            foreach (var actor in model.Actors)
            {
                if (!model.Cells.TryGetValue((issue, actor), out var net)) continue;
                var row = history.Rows.FirstOrDefault(r => string.Equals(r.Get(Columns.Issue), issue, StringComparison.OrdinalIgnoreCase)
                    && string.Equals(r.Get(Columns.Actor), actor, StringComparison.OrdinalIgnoreCase));
                if (!Stances.TryParse(row?.Get(previous.ToString()), out var old)) moves.Add((actor, "new"));
                else
                {
                    var delta = Warmth(Stances.GroupOf(net.Stance)) - Warmth(Stances.GroupOf(old));
                    moves.Add((actor, delta > 0 ? "▲" : delta < 0 ? "▼" : "="));
                }
            }
            // An issue raised this week on which no actor took a stance has no move to show: say so rather than leave it blank.
            model.Changes[issue] = moves.Count == 0 ? NoStance : string.Join("; ", moves.Select(m => m.Actor + " " + m.Move));
        }
        return model;
    }

    /// <summary>
    /// History with every week that has facts recomputed (so overrides show there too) and every other
    /// week, extra column and hand-added row kept as it was.
    /// </summary>
    public static DataSheet History(DataSheet old, List<PositionFact> facts)
    {
        var history = new DataSheet(Columns.HistorySheet);
        var weeks = facts.Select(f => f.Week).Distinct().ToList();
        var allWeeks = new SortedSet<IsoWeek>(weeks);
        var extras = new List<string>();
        foreach (var header in old.Headers)
        {
            if (IsoWeek.TryParse(header, out var w)) allWeeks.Add(w);
            else if (!string.Equals(header, Columns.Issue, StringComparison.OrdinalIgnoreCase) && !string.Equals(header, Columns.Actor, StringComparison.OrdinalIgnoreCase)) extras.Add(header);
        }
        history.AddHeader(Columns.Issue);
        history.AddHeader(Columns.Actor);
        foreach (var w in allWeeks) history.AddHeader(w.ToString());
        foreach (var e in extras) history.AddHeader(e);

        var rows = new Dictionary<string, DataRow>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in old.Rows)
        {
            // Old week headers may be spelt differently (2021W15); store them under the canonical name.
            var copy = new DataRow();
            foreach (var cell in row.Cells)
                copy.Set(IsoWeek.TryParse(cell.Key, out var w) ? w.ToString() : cell.Key, cell.Value);
            var key = copy.Get(Columns.Issue) + "\u0001" + copy.Get(Columns.Actor);
            if (!rows.ContainsKey(key)) rows[key] = copy;
            history.Rows.Add(copy);
        }
        var byWeek = facts.ToLookup(f => f.Week);
        foreach (var week in weeks)
        {
            var header = week.ToString();
            foreach (var row in history.Rows) row.Cells.Remove(header);
            foreach (var pair in Net(byWeek[week], explain: false))
            {
                var key = pair.Key.Issue + "\u0001" + pair.Key.Actor;
                if (!rows.TryGetValue(key, out var row))
                {
                    row = new DataRow().Set(Columns.Issue, pair.Key.Issue).Set(Columns.Actor, pair.Key.Actor);
                    rows[key] = row;
                    history.Rows.Add(row);
                }
                row.Set(header, Stances.Word(pair.Value.Stance));
            }
        }
        var sorted = history.Rows.OrderBy(r => r.Get(Columns.Issue), StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Get(Columns.Actor), StringComparer.OrdinalIgnoreCase).ToList();
        history.Rows.Clear();
        history.Rows.AddRange(sorted);
        return history;
    }
}
