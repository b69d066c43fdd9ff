// Stances.Net: the one rule the memo's stance table and the matrix's cells show.
using System;

namespace BriefingKit.Tests.Model;

public sealed class NetStanceTests
{
    private static readonly DateTime Monday = new(2021, 4, 12);

    private static StanceVote Vote(Stance stance, string sentence, int day = 0) => new(stance, sentence, Monday.AddDays(day));

    [Fact]
    public void Net_TwoCuesOfOneSentence_CountOnce()
    {
        const string affirmed = "The leaders affirmed their support for Ukraine's sovereignty.";
        var net = Stances.Net([Vote(Stance.Agree, affirmed), Vote(Stance.Support, affirmed), Vote(Stance.Concern, "They expressed concern about the troops.")]);
        Assert.Equal(Stance.Concern, net); // one sentence each: the tie goes to the stronger group
    }

    [Fact]
    public void Net_SubstanceWinsOverStatements()
    {
        var net = Stances.Net([Vote(Stance.Reiterate, "a"), Vote(Stance.Discuss, "b"), Vote(Stance.Discuss, "c"), Vote(Stance.Urge, "d")]);
        Assert.Equal(Stance.Urge, net);
    }

    [Fact]
    public void Net_TiedGroups_GoToTheMostRecent()
    {
        var net = Stances.Net([Vote(Stance.Concern, "Monday's worry"), Vote(Stance.Agree, "Thursday's deal", day: 3)]);
        Assert.Equal(Stance.Agree, net);
    }

    [Fact]
    public void Net_MoreSentencesWin()
    {
        var net = Stances.Net([Vote(Stance.Support, "a"), Vote(Stance.Support, "b"), Vote(Stance.Reject, "c")]);
        Assert.Equal(Stance.Support, net);
    }

    [Fact]
    public void Net_NoVotes_Throws() => Assert.Throws<ArgumentException>(() => Stances.Net([]));
}
