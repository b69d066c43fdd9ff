// IssueSalience on an invented week: a long trade communiqué that repeats its issue many times
// against two short documents in which parties decide and quarrel over sanctions.
using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Analysis;
using BriefingKit.Word.Memo.Content;

namespace BriefingKit.Word.Tests.Memo.Content;

public sealed class IssueSalienceTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["economy-trade"] = "Economy and trade",
        ["sanctions"] = "Sanctions",
        ["climate"] = "Climate",
    };

    // Freedonia and Sylvania praise trade in one communiqué, 40 term hits and 12 "agree" positions, all from one source.
    private static Transcript Communique() => new()
    {
        Title = "Joint communiqué of Freedonia and Sylvania",
        Issues = new[] { new IssueMention("economy-trade", "Economy and trade") { Mentions = 40 } }.ToValueList(),
        Positions = Enumerable.Range(1, 12).Select(i => new Position(i % 2 == 0 ? "Freedonia" : "Sylvania", "economy-trade", Stance.Agree) { Evidence = $"The sides agreed on tariff point {i}.", Line = i }).ToValueList(),
    };

    // Freedonia imposes sanctions on Ruritania (a decision), Ruritania rejects them (conflict), in a short statement ...
    private static Transcript Statement() => new()
    {
        Title = "Statement on measures against Ruritania",
        Issues = new[] { new IssueMention("sanctions", "Sanctions") { Mentions = 3 } }.ToValueList(),
        Positions = new[]
        {
            new Position("Freedonia", "sanctions", Stance.Commit) { Evidence = "Freedonia today imposed sanctions on three Ruritanian banks.", Line = 3 },
            new Position("Ruritania", "sanctions", Stance.Reject) { Evidence = "Ruritania rejected the measures as unlawful.", Line = 5 },
        }.ToValueList(),
    };

    // ... and at a briefing where reporters ask about them.
    private static Transcript Briefing() => new()
    {
        Title = "Press briefing by the Freedonian spokesperson",
        Speakers = new[] { new Speaker("s1", "Ann Spokes") { Affiliation = "Freedonia", Kind = SpeakerKind.Official }, new Speaker("s2", "Q") { Kind = SpeakerKind.Press } }.ToValueList(),
        Turns = new[]
        {
            new Turn("Will the sanctions be widened?") { Speaker = "s2", Kind = TurnKind.Question, Line = 2 },
            new Turn("We criticize Ruritania's conduct and the sanctions stay.") { Speaker = "s1", Line = 3 },
            new Turn("Are more sanctions coming?") { Speaker = "s2", Kind = TurnKind.Question, Line = 4 },
        }.ToValueList(),
        Issues = new[] { new IssueMention("sanctions", "Sanctions") { Mentions = 3 } }.ToValueList(),
        Positions = new[] { new Position("Freedonia", "sanctions", Stance.Criticize) { Speaker = "s1", Evidence = "We criticize Ruritania's conduct and the sanctions stay.", Line = 3 } }.ToValueList(),
    };

    [Fact]
    public void Of_DecisionsAndConflictInSeveralSources_OutrankTermCountsInOne()
    {
        var ranked = IssueSalience.Of(new[] { Communique(), Statement(), Briefing() }, Names.Where(kv => kv.Key != "climate").ToDictionary(kv => kv.Key, kv => kv.Value), IssueTaxonomy.Default, ActorDirectory.Default);

        Assert.Equal(new[] { "sanctions", "economy-trade" }, ranked.Select(r => r.Id));
        var sanctions = ranked[0];
        Assert.Equal(1, sanctions.Decisions);
        Assert.Equal(2, sanctions.Conflicts);
        Assert.Equal(2, sanctions.Actors);
        Assert.Equal(2, sanctions.Sources);
        Assert.Equal(2, sanctions.Questions);
        Assert.Equal(0, sanctions.Headlines);
        var trade = ranked[1];
        Assert.Equal(40, trade.Terms);
        Assert.Equal(0, trade.Decisions);
        Assert.True(trade.Terms > sanctions.Terms);
    }

    [Fact]
    public void Of_ATitleNamingTheIssue_CountsAsAHeadline()
    {
        var briefing = Briefing() with { Title = "Press briefing on the new sanctions" };

        var ranked = IssueSalience.Of(new[] { briefing }, new Dictionary<string, string> { ["sanctions"] = "Sanctions" }, IssueTaxonomy.Default, ActorDirectory.Default);

        Assert.Equal(1, Assert.Single(ranked).Headlines);
    }

    // Remarks whose headline's topic is a country: two decisions on climate name Norway, one on trade does.
    private static Transcript RemarksOn(string title, int tradeDecisionsNamingNorway = 1) => new()
    {
        Title = title,
        Issues = new[] { new IssueMention("climate", "Climate") { Mentions = 4 }, new IssueMention("economy-trade", "Economy and trade") { Mentions = 6 } }.ToValueList(),
        Positions = new[]
        {
            new Position("United States", "climate", Stance.Commit) { Evidence = "We will fund a carbon storage site with Norway.", Line = 4 },
            new Position("United States", "climate", Stance.Commit) { Evidence = "And we will join Norway's offshore wind tender.", Line = 6 },
            new Position("United States", "economy-trade", Stance.Commit) { Evidence = "We will also cut our own port fees.", Line = 8 },
        }.Concat(Enumerable.Range(0, tradeDecisionsNamingNorway).Select(i =>
            new Position("United States", "economy-trade", Stance.Commit) { Evidence = "We will open talks on salmon tariffs with Oslo.", Line = 10 + i })).ToValueList(),
    };

    [Fact]
    public void Of_AHeadlineWhoseTopicIsACountry_NamesTheIssueMostDecidedTowardIt()
    {
        var ranked = IssueSalience.Of(new[] { RemarksOn("Remarks by the President on Norway") }, Names, IssueTaxonomy.Default, ActorDirectory.Default).ToDictionary(r => r.Id);

        Assert.Equal(1, ranked["climate"].Headlines);
        Assert.Equal(0, ranked["economy-trade"].Headlines);
    }

    [Theory]
    [InlineData("Remarks by the President on Norway", 2)] // two decisions each: the headline singles none out
    [InlineData("Remarks by the President in Norway", 1)] // a place, not the topic
    [InlineData("Remarks by the President on the budget", 1)] // the topic is no country
    public void Of_AHeadlineThatSinglesOutNoIssue_NamesNone(string title, int tradeDecisionsNamingNorway)
    {
        var ranked = IssueSalience.Of(new[] { RemarksOn(title, tradeDecisionsNamingNorway) }, Names, IssueTaxonomy.Default, ActorDirectory.Default);

        Assert.All(ranked, r => Assert.Equal(0, r.Headlines));
    }

    [Fact]
    public void Rank_EqualScores_AreOrderedByTermCountThenName()
    {
        var a = new IssueSalience("a", "Alpha") { Actors = 1, Terms = 2 };
        var b = new IssueSalience("b", "Beta") { Actors = 1, Terms = 9 };
        var c = new IssueSalience("c", "Gamma") { Actors = 1, Terms = 2 };

        Assert.Equal(new[] { "b", "a", "c" }, IssueSalience.Rank(new[] { c, a, b }).Select(i => i.Id));
    }

    [Fact]
    public void Rank_ASetting_ComesAfterTheNewsWhateverItsScore()
    {
        var setting = new IssueSalience("bilateral-relations", "Bilateral relations") { Decisions = 6, Actors = 4, Setting = true };
        var news = new IssueSalience("sanctions", "Sanctions") { Decisions = 1, Actors = 1 };

        Assert.True(setting.Score > news.Score);
        Assert.Equal(new[] { "sanctions", "bilateral-relations" }, IssueSalience.Rank(new[] { setting, news }).Select(i => i.Id));
    }

    [Fact]
    public void Of_AnIssueRaisedInNearlyEverySource_IsTheSettingAndItsSourcesDoNotCount()
    {
        Transcript Call(int i, bool climate) => new()
        {
            Title = "Call " + i,
            Issues = (climate ? new[] { new IssueMention("economy-trade", "Economy and trade") { Mentions = 1 }, new IssueMention("climate", "Climate") { Mentions = 1 } } : new[] { new IssueMention("economy-trade", "Economy and trade") { Mentions = 1 } }).ToValueList(),
            Positions = (climate
                ? new[] { new Position("Freedonia", "economy-trade", Stance.Discuss) { Line = 1 }, new Position("Freedonia", "climate", Stance.Discuss) { Line = 2 } }
                : new[] { new Position("Freedonia", "economy-trade", Stance.Discuss) { Line = 1 } }).ToValueList(),
        };
        var calls = Enumerable.Range(1, 4).Select(i => Call(i, climate: i <= 2)).ToList();

        var ranked = IssueSalience.Of(calls, Names, IssueTaxonomy.Default, ActorDirectory.Default).ToDictionary(r => r.Id);

        Assert.True(ranked["economy-trade"].Setting, "raised in 4 of 4 sources");
        Assert.False(ranked["climate"].Setting, "raised in 2 of 4 sources");
        Assert.Equal(ranked["economy-trade"].Actors, ranked["economy-trade"].Score);
        Assert.True(ranked["climate"].Score > ranked["economy-trade"].Score);
    }
}
