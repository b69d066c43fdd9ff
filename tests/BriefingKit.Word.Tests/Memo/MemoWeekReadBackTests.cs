// The week memos read back as an analyst reads them (issue 11): the week's story first, a bottom
// line of cited claims, evidence from the actor's own side, each sentence quoted once, honest
// headings and lists — on both corpus weeks, every memo validated.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BriefingKit.Analysis;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Memo;

public sealed class MemoWeekReadBackTests
{
    private static async Task<(IReadOnlyList<Transcript> Week, List<(string? Style, string Text)> Paragraphs)> MemoOf(string folder)
    {
        var week = await MemoFixture.WeekAsync(folder);
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(week));
        OpenXmlAssert.Valid(document);
        return (week, MemoFixture.Paragraphs(document).ToList());
    }

    private static List<(string? Style, string Text)> Section(List<(string? Style, string Text)> paragraphs, string heading)
    {
        var start = paragraphs.FindIndex(p => p.Style == "Heading1" && p.Text == heading);
        Assert.True(start >= 0, $"the memo has a '{heading}' section");
        return paragraphs.Skip(start + 1).TakeWhile(p => p.Style != "Heading1").ToList();
    }

    [Fact]
    public async Task Week2023_LeadsWithTheAukusIssues()
    {
        var (_, paragraphs) = await MemoOf("week-2023-11");

        var first = paragraphs.First(p => p.Style == "Heading2").Text;
        Assert.Contains(first, new[] { "NATO and alliances", "Alliances", "Indo-Pacific", "Arms control and nonproliferation" });
        Assert.StartsWith("March 13\u201319, 2023: ", paragraphs.Single(p => p.Text.StartsWith("SUBJECT:", StringComparison.Ordinal)).Text.Substring("SUBJECT:".Length).TrimStart('\t'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Week2021_LeadsWithTheRussiaDisputeNotTheBilateralSetting()
    {
        var (_, paragraphs) = await MemoOf("week-2021-15");

        var headings = paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).ToList();
        Assert.DoesNotContain(headings[0], new[] { "Bilateral relations", "NATO and alliances", "COVID-19" });
        // The week of the sanctions order ("Remarks on Russia") and of the Afghanistan decision leads with both.
        Assert.Contains("Sanctions", headings.Take(3));
        Assert.Contains("Afghanistan", headings.Take(3));
        var bottom = Section(paragraphs, "Bottom line").Select(p => p.Text).ToList();
        Assert.Contains(bottom, b => b.StartsWith("Disagreed: ", StringComparison.Ordinal) && b.Contains(" vs Russia on ", StringComparison.Ordinal) && b.Contains("Sanctions", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task Evidence_CitesTheLineItsSentenceStartsOn(string folder)
    {
        var (_, paragraphs) = await MemoOf(folder);
        var files = Section(paragraphs, "Sources").Select(p => Regex.Match(p.Text, @"^\[(\d+)\] .*\(([^()]+)\)$"))
            .Where(m => m.Success).ToDictionary(m => m.Groups[1].Value, m => System.IO.File.ReadAllLines(System.IO.Path.Combine(MemoFixture.Corpus, folder, m.Groups[2].Value)));
        static string Words(string text) => string.Join(" ", text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));

        var checkedCitations = 0;
        for (var i = 1; i < paragraphs.Count; i++)
        {
            var cite = Regex.Match(paragraphs[i].Text, @"· \[(\d+)\] line (\d+)$");
            if (!cite.Success || !files.TryGetValue(cite.Groups[1].Value, out var lines)) continue;
            var line = int.Parse(cite.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            var opening = Words(string.Join(" ", paragraphs[i - 1].Text.TrimStart('\u201C', '"', '\u2026').Split(' ').Take(3)));
            // The quote's first words start on the cited line (they may run on to the next).
            var here = Words(lines[line - 1]);
            var withNext = line < lines.Length ? Words(here + " " + lines[line]) : here;
            Assert.True(here.Contains(opening.Split(' ')[0], StringComparison.Ordinal) && withNext.Contains(opening, StringComparison.Ordinal),
                $"[{cite.Groups[1].Value}] line {line} holds \"{opening}\": it reads \"{here}\"");
            checkedCitations++;
        }
        Assert.True(checkedCitations >= 10, $"only {checkedCitations} citations checked");
    }

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task BottomLine_EveryClauseIsLabelledCitedAndNotACopiedSentence(string folder)
    {
        var (week, paragraphs) = await MemoOf(folder);

        var bottom = Section(paragraphs, "Bottom line");
        Assert.InRange(bottom.Count, 3, 5);
        var summaries = week.SelectMany(t => t.Summary).Select(TextKey.Normalize).ToList();
        foreach (var (style, text) in bottom)
        {
            Assert.Equal("ListBullet", style);
            Assert.Matches(new Regex("^(Agreed|Disagreed|Committed|Changed): "), text);
            Assert.Matches(new Regex(@"\(\[\d+\] [A-Z][a-z]{2} \d{1,2} [a-z ]+, line \d+\)"), text);
            Assert.DoesNotContain(summaries, s => TextKey.Normalize(text).Contains(s, StringComparison.Ordinal));
        }
        Assert.Contains(bottom, b => b.Text.StartsWith("Agreed: ", StringComparison.Ordinal));
        Assert.Contains(bottom, b => b.Text.StartsWith("Disagreed: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task Issues_SpokenEvidenceOfAnotherSide_NamesTheActorItIsQuotedFor(string folder)
    {
        var (week, paragraphs) = await MemoOf(folder);

        var people = week.SelectMany(t => t.Speakers).Where(s => !string.IsNullOrWhiteSpace(s.Affiliation))
            .GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Affiliation!, StringComparer.Ordinal);
        var issues = Section(paragraphs, "Issues");
        var checkedQuotes = 0;
        List<string> actors = new();
        for (var i = 0; i < issues.Count; i++)
        {
            var (style, text) = issues[i];
            if (style == "BriefingKitStance") actors = Regex.Replace(text, " \u2014 .*$", string.Empty).Split(new[] { ", ", " and " }, StringSplitOptions.None).ToList();
            if (style != "Quote" || i + 1 >= issues.Count) continue;
            var source = issues[i + 1].Text;
            var speaker = people.Keys.FirstOrDefault(name => source.StartsWith("\u2014 " + name + ",", StringComparison.Ordinal) || source.StartsWith("\u2014 " + name + " \u00B7", StringComparison.Ordinal));
            if (speaker is null || actors.Contains(people[speaker])) continue;
            var named = ActorDirectory.Default.Find(text).Select(m => m.Actor).ToList();
            Assert.True(named.Count == 0 || actors.Any(named.Contains),
                $"'{text}' ({source}) is quoted under {string.Join(", ", actors)} but names only {string.Join(", ", named)}");
            checkedQuotes++;
        }
        Assert.True(checkedQuotes > 0, "some evidence is another side's words naming the actor (the rule was exercised)");
    }

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task Memo_QuotesEachSentenceOnceAndHasNoPlaceholder(string folder)
    {
        var (_, paragraphs) = await MemoOf(folder);

        var quotes = paragraphs.Where(p => p.Style == "Quote").Select(p => p.Text.Trim('\u201C', '\u201D')).ToList();
        for (var i = 0; i < quotes.Count; i++)
            for (var j = i + 1; j < quotes.Count; j++)
                Assert.False(TextKey.NearlySame(quotes[i], quotes[j]), $"quoted twice: '{quotes[i]}'");
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("quoted above.", StringComparison.Ordinal) && !p.Text.Contains("quoted above under", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Text == "Evidence quoted above." || p.Text == "Further evidence quoted above.");
    }

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task Memo_ReportedWordsNameThePersonTheyAreAttributedTo(string folder)
    {
        var (_, paragraphs) = await MemoOf(folder);

        for (var i = 1; i < paragraphs.Count; i++)
        {
            var match = Regex.Match(paragraphs[i].Text, "^\u2014 [A-Z][a-z]+( [a-z]+)?, reporting (?<name>[^,\u00B7]+)");
            if (!match.Success) continue;
            var surname = match.Groups["name"].Value.Trim().Split(' ').Last();
            Assert.Contains(surname, paragraphs[i - 1].Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task Memo_ListsJoinWithoutADoubleAnd_AndHaveNoTableOfContentsField(string folder)
    {
        var week = await MemoFixture.WeekAsync(folder);
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(week));
        OpenXmlAssert.Valid(document);

        var also = MemoFixture.Paragraphs(document).Single(p => p.Text.StartsWith("Also raised: ", StringComparison.Ordinal)).Text;
        Assert.DoesNotMatch(new Regex(@"\band [^,]+ and "), also);
        var body = document.MainDocumentPart!.Document!.Body!;
        var instructions = body.Descendants<SimpleField>().Select(f => f.Instruction?.Value ?? string.Empty)
            .Concat(body.Descendants<FieldCode>().Select(f => f.Text));
        Assert.DoesNotContain(instructions, i => i.TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(body.Descendants<SdtBlock>(), s => s.InnerXml.Contains("docPartGallery", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_TillersonsReportOfLavrovIsAttributedToTillerson()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));
        OpenXmlAssert.Valid(document);

        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var quote = paragraphs.FindIndex(p => p.Style == "Quote" && p.Text.StartsWith("Mr. Tillerson said he and Mr. Lavrov", StringComparison.Ordinal));
        Assert.True(quote >= 0, "the sentence is quoted");
        Assert.StartsWith("\u2014 Readout, reporting Rex Tillerson", paragraphs[quote + 1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(paragraphs, p => p.Text.Contains("reporting Sergey Lavrov", StringComparison.Ordinal));
    }
}
