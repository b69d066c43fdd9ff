using System;

namespace BriefingKit.Core.Tests.Model;

public class StancesTests
{
    [Theory]
    [InlineData(Stance.Agree, StanceGroup.Cooperative)]
    [InlineData(Stance.Commit, StanceGroup.Cooperative)]
    [InlineData(Stance.Urge, StanceGroup.Appeal)]
    [InlineData(Stance.Concern, StanceGroup.Conflict)]
    [InlineData(Stance.Criticize, StanceGroup.Conflict)]
    [InlineData(Stance.Discuss, StanceGroup.Statement)]
    public void Stances_fall_in_the_groups_of_the_spec(Stance stance, StanceGroup group) =>
        Assert.Equal(group, Stances.GroupOf(stance));

    [Fact]
    public void Every_stance_reads_back_from_its_name_and_its_word()
    {
        foreach (Stance stance in Enum.GetValues<Stance>())
        {
            Assert.True(Stances.TryParse(Stances.Name(stance), out var byName));
            Assert.Equal(stance, byName);
            Assert.True(Stances.TryParse(" " + Stances.Word(stance).ToUpperInvariant(), out var byWord));
            Assert.Equal(stance, byWord);
        }
        Assert.False(Stances.TryParse("maybe", out _));
        Assert.Equal("criticize", Stances.Name(Stance.Criticize));
    }
}
