using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis.Text;

public sealed class YearMentionsTests
{
    [Theory]
    [InlineData("In 1962, the treaty was signed.", 1962)]
    [InlineData("during early 2020 the talks stalled", 2020)]
    [InlineData("Back in mid-2009 the fund opened", 2009)]
    [InlineData("By March 4, 2014 the troops had moved", 2014)]
    public void In_DatedPhrase_ReadsItsYear(string text, int year) => Assert.Equal(new[] { year }, YearMentions.In(text).ToArray());

    [Theory]
    [InlineData("The 2014 agreement holds.")] // a year with no preposition dates nothing
    [InlineData("in 20145 cases")] // not a year
    [InlineData("in 1066 the kingdom fell")] // before the years the rules read
    public void In_NoDatedPhrase_ReadsNone(string text) => Assert.Empty(YearMentions.In(text));

    [Fact]
    public void DatedPhrase_IsTheStanceLexiconsYearAnchor() =>
        Assert.Same(YearMentions.DatedPhrase, StanceLexicon.Default.YearAnchor);
}
