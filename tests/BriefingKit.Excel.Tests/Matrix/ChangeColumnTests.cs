// The Matrix sheet's change column on a real pair of weeks: week-2023-11 with week-2021-15 as the
// earlier week, given together or by --update. The header says how far back the compared week is,
// every cell has one format ("Japan =; United States ▲"), and each move agrees with History.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using DocumentFormat.OpenXml.Spreadsheet;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Matrix;

public sealed class ChangeColumnTests
{
    private const string Header = "Change vs 2021-W15 (100 weeks earlier)";

    private static readonly Regex OneFormat = new(@"^(?:no stance|[^;]+ (?:▲|▼|=|new)(?:; [^;]+ (?:▲|▼|=|new))*)$");

    /// <summary>How cooperative a stance word's group is: cooperative 2, appeal and statement 1, conflict 0.</summary>
    private static int Warmth(string word)
    {
        Assert.True(Stances.TryParse(word, out var stance), $"'{word}' is not a stance");
        return Stances.GroupOf(stance) switch { StanceGroup.Cooperative => 2, StanceGroup.Conflict => 0, _ => 1 };
    }

    /// <summary>Issue → change text, from the Matrix sheet (rows under the header row 2 until the legend).</summary>
    private static Dictionary<string, string> Changes(Xlsx xlsx)
    {
        var rows = xlsx.Sheet("Matrix").Worksheet.Descendants<Row>().ToList();
        var header = rows.Single(r => r.RowIndex! == 2u).Elements<Cell>().ToList();
        Assert.Contains(header, c => xlsx.Text(c) == Header);
        var result = new Dictionary<string, string>();
        foreach (var row in rows.Where(r => r.RowIndex! > 2u))
        {
            var issue = xlsx.Text(row.Elements<Cell>().First());
            if (issue.Length == 0 || issue == "Legend") break;
            result[issue] = xlsx.Text(xlsx.At("Matrix", issue, Header));
        }
        return result;
    }

    private static void AssertConsistentWithHistory(Xlsx xlsx, Dictionary<string, string> changes)
    {
        var history = xlsx.Rows("History");
        var actors = xlsx.Sheet("Matrix").Worksheet.Descendants<Row>().Single(r => r.RowIndex! == 2u).Elements<Cell>().Select(xlsx.Text).ToList();
        Assert.True(changes.Count >= 10, $"only {changes.Count} issues");
        foreach (var (issue, change) in changes)
        {
            Assert.Matches(OneFormat, change);
            var stancesNow = actors.Where(a => xlsx.At("Matrix", issue, a) is { } c && Stances.TryParse(xlsx.Text(c).TrimEnd(' ', '*'), out _)).ToList();
            if (change == "no stance")
            {
                Assert.Empty(stancesNow);
                continue;
            }
            var moves = change.Split("; ").Select(m => (Actor: m.Substring(0, m.LastIndexOf(' ')), Move: m.Substring(m.LastIndexOf(' ') + 1))).ToList();
            // One move per actor with a stance this week, in the Matrix's column order.
            Assert.Equal(stancesNow, moves.Select(m => m.Actor).ToList());
            foreach (var (actor, move) in moves)
            {
                var row = history.Single(h => h["Issue"] == issue && h["Actor"] == actor);
                var before = row.GetValueOrDefault("2021-W15", string.Empty);
                var now = row["2023-W11"];
                if (before.Length == 0)
                {
                    Assert.Equal("new", move);
                    continue;
                }
                var delta = Warmth(now) - Warmth(before);
                Assert.True(move == (delta > 0 ? "▲" : delta < 0 ? "▼" : "="), $"{issue} × {actor}: {before} → {now} shows '{move}'");
            }
        }
    }

    [Fact]
    public async Task TwoWeeksTogether_ChangeVsTheEarlierWeek_OneFormat_AgreesWithHistory()
    {
        var bytes = await WriteAsync(await ParseAsync("week-2021-15", "week-2023-11"));

        using var xlsx = Xlsx.Open(bytes);
        var changes = Changes(xlsx);
        AssertConsistentWithHistory(xlsx, changes);
        // The week's main actor was in the earlier week too, and some moved.
        Assert.Contains(changes.Values, c => c.Contains("United States =", StringComparison.Ordinal));
        Assert.Contains(changes.Values, c => Regex.IsMatch(c, "United States [▲▼]"));
        Assert.Contains(changes.Values, c => c.Contains("United Kingdom new", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Update_LaterWeekOnTheEarlierWorkbook_SameChangesAsTogether()
    {
        var together = await WriteAsync(await ParseAsync("week-2021-15", "week-2023-11"));
        var earlier = await WriteAsync(await ParseAsync("week-2021-15"));

        var updated = await UpdateAsync(earlier, await ParseAsync("week-2023-11"));

        using var a = Xlsx.Open(together);
        using var b = Xlsx.Open(updated);
        var changes = Changes(b);
        AssertConsistentWithHistory(b, changes);
        Assert.Equal(Changes(a), changes);
    }
}
