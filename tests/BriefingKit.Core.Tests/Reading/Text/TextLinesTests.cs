// Lines, blank lines, joining and the wrap test that separates header lines from wrapped ones.
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class TextLinesTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("   \t", true)]
    [InlineData("\u00A0 \u00A0", true)]
    [InlineData("\u200B\uFEFF", true)]
    [InlineData(" . ", false)]
    public void IsBlank_WhitespaceOfAnyKind_IsBlank(string line, bool blank)
    {
        Assert.Equal(blank, TextLines.IsBlank(line));
    }

    [Theory]
    [InlineData("Hi everyone.\u00A0 Okay.", "Hi everyone. Okay.")]
    [InlineData("  two\n lines  ", "two lines")]
    [InlineData("zero\u200Bwidth", "zero width")]
    public void Normalize_RunsOfWhitespace_BecomeOneSpace(string text, string normalized)
    {
        Assert.Equal(normalized, TextLines.Normalize(text));
    }

    [Fact]
    public void Join_Lines_RecordsWhereEachStarts()
    {
        var text = TextLines.Join(new[] { "one two", "three", "four" }, out var starts);

        Assert.Equal("one two three four", text);
        Assert.Equal(new[] { 0, 8, 14 }, starts);
        Assert.Equal(11, TextLines.LineAt(9, starts, new[] { 10, 11, 12 }));
        Assert.Equal(10, TextLines.LineAt(0, starts, new[] { 10, 11, 12 }));
        Assert.Equal(12, TextLines.LineAt(17, starts, new[] { 10, 11, 12 }));
    }

    [Theory]
    [InlineData("Under-Secretary-", "General for Political Affairs", "Under-Secretary-General for Political Affairs")]
    [InlineData("COVID-  ", "19 cases", "COVID-19 cases")]
    [InlineData("the sanct-", "— sanctions", "the sanct- — sanctions")]
    [InlineData("Geneva --", "and then", "Geneva -- and then")]
    [InlineData("and more -", "now", "and more - now")]
    public void Join_LineEndingInHyphen_JoinsCompoundsWithoutSpace(string first, string second, string joined)
    {
        Assert.Equal(joined, TextLines.Normalize(TextLines.Join(new[] { first, second }, out _)));
    }

    [Theory]
    [InlineData("Remarks by President Biden and President Yoon Suk Yeol of the Republic", "of Korea in Joint Press Conference", 72, true)]
    [InlineData("People's House", "Seoul, Republic of Korea", 72, false)]
    [InlineData("Remarks", "Rex W. Tillerson", 250, false)]
    [InlineData("Today, in", "[remarks](https://x.com/RapidResponse47/status/1970525758855536854) to", 72, true)]
    [InlineData("A narrow column of", "wrapped text", 20, true)]
    public void ContinuesWrapped_BreakForcedByTheMargin_Continues(string previous, string next, int width, bool continues)
    {
        Assert.Equal(continues, TextLines.ContinuesWrapped(previous, next, width));
    }

    [Theory]
    [InlineData("It ended.", true)]
    [InlineData("Really?", true)]
    [InlineData("“Quoted.”", true)]
    [InlineData("as follows:", true)]
    [InlineData("and then", false)]
    [InlineData("U.S. Senate,", false)]
    [InlineData("", false)]
    public void EndsSentence_LastCharacter_Decides(string text, bool ends)
    {
        Assert.Equal(ends, TextLines.EndsSentence(text));
    }
}
