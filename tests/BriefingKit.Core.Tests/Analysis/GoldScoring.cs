// Scores a parsed transcript against a hand-made gold annotation with the rules of
// tests/corpus/README.md ("How extraction is scored"). Counts are kept raw so that a
// corpus-wide table can micro-average them.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingKit.Tests.Analysis;

public sealed record Counts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static Counts Zero { get; } = new(0, 0, 0);

    public static Counts operator +(Counts a, Counts b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record FileScore(string File, Counts Speakers, Counts Issues, Counts Quotes, Counts Positions, int ExactStances, int GoldPositions, Counts Commitments)
{
    public static FileScore operator +(FileScore a, FileScore b) => new(
        "all", a.Speakers + b.Speakers, a.Issues + b.Issues, a.Quotes + b.Quotes, a.Positions + b.Positions,
        a.ExactStances + b.ExactStances, a.GoldPositions + b.GoldPositions, a.Commitments + b.Commitments);
}

public static class GoldScoring
{
    private static readonly Dictionary<Stance, string> Groups = new()
    {
        [Stance.Agree] = "cooperative", [Stance.Support] = "cooperative", [Stance.Commit] = "cooperative",
        [Stance.Propose] = "appeal", [Stance.Urge] = "appeal",
        [Stance.Concern] = "conflict", [Stance.Disagree] = "conflict", [Stance.Reject] = "conflict", [Stance.Criticize] = "conflict",
        [Stance.Reiterate] = "statement", [Stance.Discuss] = "statement",
    };

    public static FileScore Score(string file, Transcript model, JsonElement gold)
    {
        var speakers = ScoreSpeakers(model, Strings(gold, "speakers"));
        var issues = ScoreSets(model.Issues.Select(i => i.Id), Strings(gold, "issues"));
        var quotes = ScoreQuotes(model, gold.GetProperty("quotes"));
        var (positions, exact, goldCount) = ScorePositions(model, gold.GetProperty("positions"));
        var commitments = ScoreCommitments(model, gold.GetProperty("commitments"));
        return new FileScore(file, speakers, issues, quotes, positions, exact, goldCount, commitments);
    }

    private static List<string> Strings(JsonElement gold, string name) =>
        gold.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Last();

    private static bool NameMatches(string modelName, string goldName) => ContainsFolded(modelName, Surname(goldName));

    /// <summary>Names compare case- and accent-insensitively ("Kalın" = "Kalin", "Erdoğan" = "Erdogan").</summary>
    internal static bool ContainsFolded(string text, string part) => Fold(text).Contains(Fold(part), StringComparison.Ordinal);

    private static bool SameName(string a, string b) => Fold(a) == Fold(b);

    private static Counts ScoreSpeakers(Transcript model, List<string> gold)
    {
        var people = model.Speakers.Where(s => s.Kind is not (SpeakerKind.Press or SpeakerKind.Unknown)).ToList();
        var found = gold.Count(g => people.Any(s => NameMatches(s.Name, g)));
        var correct = people.Count(s => gold.Any(g => NameMatches(s.Name, g)));
        return new Counts(found, people.Count - correct, gold.Count - found);
    }

    /// <summary>Lower-cased, diacritics removed: the key names are compared by.</summary>
    internal static string Fold(string name)
    {
        var decomposed = name.Normalize(System.Text.NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray();
        return new string(kept).Replace('ı', 'i').ToLowerInvariant();
    }

    private static Counts ScoreSets(IEnumerable<string> model, IEnumerable<string> gold)
    {
        var m = new HashSet<string>(model, StringComparer.Ordinal);
        var g = new HashSet<string>(gold, StringComparer.Ordinal);
        var tp = m.Count(g.Contains);
        return new Counts(tp, m.Count - tp, g.Count - tp);
    }

    private static HashSet<string> Words(string text) =>
        new(Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value));

    private static bool Covers(string modelText, string goldText)
    {
        var goldWords = Words(goldText);
        return goldWords.Count > 0 && goldWords.Count(Words(modelText).Contains) * 2 >= goldWords.Count;
    }

    private static Counts ScoreQuotes(Transcript model, JsonElement gold)
    {
        var goldQuotes = gold.EnumerateArray().Select(q => (Speaker: q.GetProperty("speaker").GetString()!, Text: q.GetProperty("text").GetString()!)).ToList();
        var names = model.Speakers.ToDictionary(s => s.Id, s => s.Name);
        var quotes = model.Quotes.Select(q => (Name: q.Speaker is not null && names.TryGetValue(q.Speaker, out var n) ? n : string.Empty, q.Text, q.Kind)).ToList();
        var found = goldQuotes.Count(g => quotes.Any(q => ContainsFolded(q.Name, g.Speaker) && Covers(q.Text, g.Text)));
        var direct = quotes.Where(q => q.Kind == QuoteKind.Direct).ToList();
        var correct = direct.Count(q => goldQuotes.Any(g => Covers(q.Text, g.Text)));
        return new Counts(found, direct.Count - correct, goldQuotes.Count - found);
    }

    private static (Counts Counts, int Exact, int Gold) ScorePositions(Transcript model, JsonElement gold)
    {
        var goldTuples = gold.EnumerateArray().Select(p => (
            Actor: p.GetProperty("actor").GetString()!, Issue: p.GetProperty("issue").GetString()!,
            Stance: Enum.Parse<Stance>(p.GetProperty("stance").GetString()!, ignoreCase: true))).ToList();
        var modelGrouped = model.Positions.Select(p => (p.Actor, p.Issue, Group: Groups[p.Stance])).Distinct().ToList();
        var goldGrouped = goldTuples.Select(p => (p.Actor, p.Issue, Group: Groups[p.Stance])).Distinct().ToList();
        var counts = ScoreSets(modelGrouped.Select(Key), goldGrouped.Select(Key));
        var exact = goldTuples.Count(g => model.Positions.Any(p => SameName(p.Actor, g.Actor) && p.Issue == g.Issue && p.Stance == g.Stance));
        return (counts, exact, goldTuples.Count);

        static string Key((string Actor, string Issue, string Group) t) => $"{Fold(t.Actor)}|{t.Issue}|{t.Group}";
    }

    private static Counts ScoreCommitments(Transcript model, JsonElement gold)
    {
        var goldItems = gold.EnumerateArray().Select(c => (
            Actors: new HashSet<string>(c.GetProperty("actors").EnumerateArray().Select(a => Fold(a.GetString()!))),
            Words: Words(c.GetProperty("text").GetString()!))).ToList();
        // A model commitment names (at least) the gold actors and contains its key words.
        var found = goldItems.Count(g => model.Commitments.Any(c => g.Actors.IsSubsetOf(c.Actors.Select(Fold)) && g.Words.All(Words(c.Text).Contains)));
        // Precision is found / model commitments: every commitment that is not a real pledge costs.
        return new Counts(found, Math.Max(0, model.Commitments.Count - found), goldItems.Count - found);
    }
}
