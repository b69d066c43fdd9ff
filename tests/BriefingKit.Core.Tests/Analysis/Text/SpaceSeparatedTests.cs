using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis.Text;

public sealed class SpaceSeparatedTests
{
    [Theory]
    [InlineData("")]
    [InlineData("word")]
    [InlineData("two words")]
    [InlineData("  double  spaces and a trailing one ")]
    [InlineData("tabs\tand\nnew lines are not spaces")]
    public void Counts_what_splitting_on_spaces_counts(string text) =>
        Assert.Equal(text.Split(' ').Length, SpaceSeparated.Count(text));
}
