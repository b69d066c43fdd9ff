using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis.Data;

public sealed class NegationWordsTests
{
    [Fact]
    public void Negators_AreReadByTheStanceLexicon() =>
        Assert.True(StanceLexicon.Default.IsNegated("Freedonia refused to"));

    [Fact]
    public void NegativeDeterminers_DoNotNegateAStanceTwoWordsOn() =>
        Assert.False(StanceLexicon.Default.IsNegated("There is no doubt we"));

    [Theory]
    [InlineData("not")]
    [InlineData("refused to")]
    public void Negators_AreReadByTheCommitmentWords(string negator) =>
        Assert.NotEmpty(CommitmentWords.Default.Negators.Matches("they " + negator + " agree"));

    [Fact]
    public void NegativeDeterminers_AreReadByTheCommitmentWords() =>
        Assert.NotEmpty(CommitmentWords.Default.Negators.Matches("we have no intention"));
}
