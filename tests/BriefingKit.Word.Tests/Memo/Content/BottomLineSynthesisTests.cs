// The synthesised bottom line on two invented weeks of talks between Norway and Chile: who agreed,
// who took issue with whom, who committed, and what moved since the earlier week — each cited.
using System;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;

namespace BriefingKit.Word.Tests.Memo.Content;

public sealed class BottomLineSynthesisTests
{
    private static Transcript Earlier() => new()
    {
        Title = "Readout of the Norway–Chile call",
        Date = new DateTime(2024, 1, 3), // ISO week 2024-W01
        Kind = TranscriptKind.Readout,
        Source = "earlier.md",
        Issues = new[] { new IssueMention("climate", "Climate") { Mentions = 3 }, new IssueMention("economy-trade", "Economy and trade") { Mentions = 3 } }.ToValueList(),
        Positions = new[]
        {
            new Position("Norway", "climate", Stance.Support) { Evidence = "The ministers welcomed the fisheries climate pact.", Line = 4 },
            new Position("Chile", "climate", Stance.Support) { Evidence = "The ministers welcomed the fisheries climate pact.", Line = 4 },
        }.ToValueList(),
    };

    private static Transcript Later() => new()
    {
        Title = "Statement on the salmon dispute",
        Date = new DateTime(2024, 1, 10), // ISO week 2024-W02
        Kind = TranscriptKind.Statement,
        Source = "later.md",
        Issues = new[] { new IssueMention("climate", "Climate") { Mentions = 3 }, new IssueMention("economy-trade", "Economy and trade") { Mentions = 4 } }.ToValueList(),
        Positions = new[]
        {
            new Position("Norway", "climate", Stance.Criticize) { Evidence = "Norway criticized Chile's new quota rules.", Line = 7 },
            new Position("Norway", "economy-trade", Stance.Agree) { Evidence = "Norway and Chile agreed to resume tariff talks.", Line = 9 },
            new Position("Chile", "economy-trade", Stance.Agree) { Evidence = "Norway and Chile agreed to resume tariff talks.", Line = 9 },
        }.ToValueList(),
        Commitments = new[] { new Commitment(new[] { "Norway", "Chile" }.ToValueList(), "resume tariff talks before the summer") { Issue = "economy-trade", Line = 9 } }.ToValueList(),
    };

    [Fact]
    public async Task WriteAsync_TwoWeeks_BottomLineSaysWhoAgreedDisagreedCommittedAndWhatChanged()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { Earlier(), Later() }));
        OpenXmlAssert.Valid(document);

        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var start = paragraphs.FindIndex(p => p.Style == "Heading1" && p.Text == "Bottom line");
        var bottom = paragraphs.Skip(start + 1).TakeWhile(p => p.Style == "ListBullet").Select(p => p.Text).ToList();

        // One clause per group of parties, its issues most salient first, each cited.
        Assert.Contains("Agreed: Norway and Chile on Climate ([1] Jan 3 readout, line 4), as well as Economy and trade ([2] Jan 10 statement, line 9).", bottom);
        Assert.Contains("Disagreed: Norway vs Chile on Climate ([2] Jan 10 statement, line 7).", bottom);
        Assert.Contains("Committed: Norway and Chile to resume tariff talks before the summer ([2] Jan 10 statement, line 9).", bottom);
        Assert.Contains("Changed: since the week of Jan 3: Norway on Climate from supports to criticizes ([2] Jan 10 statement, line 7).", bottom);
    }

    [Fact]
    public async Task WriteAsync_OneWeek_SaysNothingChanged()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { Later() }));

        var texts = MemoFixture.Paragraphs(document).Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.StartsWith("Changed:", StringComparison.Ordinal));
        Assert.Contains("Disagreed: Norway vs Chile on Climate (line 7).", texts);
    }

    private static async Task<System.Collections.Generic.List<string>> BottomLineOf(params Position[] positions)
    {
        var transcript = new Transcript
        {
            Title = "Statement on the region",
            Date = new DateTime(2024, 2, 7),
            Kind = TranscriptKind.Statement,
            Source = "region.md",
            Issues = new[] { new IssueMention("climate", "Climate") { Mentions = 2 }, new IssueMention("economy-trade", "Economy and trade") { Mentions = 2 }, new IssueMention("ukraine", "Ukraine") { Mentions = 1 } }.ToValueList(),
            Positions = positions.ToValueList(),
        };
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { transcript }));
        OpenXmlAssert.Valid(document);
        return MemoFixture.Paragraphs(document).Select(p => p.Text).Where(t => t.StartsWith("Disagreed:", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task WriteAsync_SeveralPartiesCriticised_EachIsPairedWithTheIssueOfItsOwnPhrase()
    {
        const string Evidence = "Chile's new tariffs, Argentina's rising emissions: both threaten the region.";
        var disagreed = await BottomLineOf(
            new Position("Norway", "economy-trade", Stance.Concern) { Evidence = Evidence, Line = 3 },
            new Position("Norway", "climate", Stance.Concern) { Evidence = Evidence, Line = 3 });

        Assert.Contains(disagreed, d => d.StartsWith("Disagreed: Norway vs Chile on Economy and trade (", StringComparison.Ordinal));
        Assert.Contains(disagreed, d => d.StartsWith("Disagreed: Norway vs Argentina on Climate (", StringComparison.Ordinal));
        Assert.DoesNotContain(disagreed, d => d.Contains("vs Chile", StringComparison.Ordinal) && d.Contains("Climate", StringComparison.Ordinal));
        Assert.DoesNotContain(disagreed, d => d.Contains("vs Argentina", StringComparison.Ordinal) && d.Contains("Economy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_ACriticismInOnePartOfASemicolonList_IsNotAimedAtTheIssuesOfTheOtherParts()
    {
        const string Evidence = "The ministers resolved to cut emissions; and they condemned Russia's brutal war in Ukraine.";
        var disagreed = await BottomLineOf(
            new Position("Norway", "climate", Stance.Criticize) { Evidence = Evidence, Line = 5 },
            new Position("Norway", "ukraine", Stance.Criticize) { Evidence = Evidence, Line = 5 });

        var line = Assert.Single(disagreed);
        Assert.StartsWith("Disagreed: Norway vs Russia on Ukraine (", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Climate", line, StringComparison.Ordinal);
    }
}
