// Markdown made plain, line for line, so line numbers stay those of the file.
using System.Linq;
using BriefingKit.Reading.Markdown.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class MarkdownTextTests
{
    private static string Plain(string markdown) => MarkdownText.ToPlainText(markdown);

    [Theory]
    [InlineData("a $3 pillion \\[sic\\] effort", "a $3 pillion [sic] effort")]
    [InlineData("\\###", "###")]
    [InlineData("the \\#1 priority", "the #1 priority")]
    [InlineData("SPEAKER\\_00", "SPEAKER_00")]
    [InlineData("2 \\* 3", "2 * 3")]
    [InlineData("a \\\\ b", "a \\ b")]
    public void ToPlainText_BackslashEscapes_GiveTheCharacter(string markdown, string text)
    {
        Assert.Equal(text, Plain(markdown));
    }

    [Theory]
    [InlineData("**MR. KIRBY:** Good afternoon.", "MR. KIRBY: Good afternoon.")]
    [InlineData("Is the United States *not* going?", "Is the United States not going?")]
    [InlineData("__Bold__ and _italic_", "Bold and italic")]
    [InlineData("snake_case_name stays", "snake_case_name stays")]
    [InlineData("in [remarks](https://x.com/a/status/1) to", "in remarks to")]
    [InlineData("see <https://example.gov/page>", "see https://example.gov/page")]
    [InlineData("an ![photo](https://example.gov/p.jpg) here", "an  here")]
    [InlineData("<span class=\"x\">text</span>", "text")]
    [InlineData("A &amp; B&nbsp;C", "A & B\u00A0C")]
    [InlineData("the <s>JOPCA</s> \\[JCPOA\\]", "the  [JCPOA]")]
    [InlineData("the ~~old~~ new plan", "the  new plan")]
    [InlineData("> quoted line", "quoted line")]
    [InlineData("## Questions and answers", "Questions and answers")]
    [InlineData("a hard break\\", "a hard break")]
    public void ToPlainText_Markup_IsRemovedAndTextKept(string markdown, string text)
    {
        Assert.Equal(text, Plain(markdown));
    }

    [Fact]
    public void ToPlainText_BoldLinkedNameOverTwoLines_KeepsLinesAndText()
    {
        var plain = Plain("[**Speaker Mike\nJohnson**](https://x.com/SpeakerJohnson/status/1895587277792829938)**:**\n“Thanks.”");

        Assert.Equal("Speaker Mike\nJohnson:\n“Thanks.”", plain);
    }

    [Fact]
    public void ToPlainText_StruckTextOverLines_KeepsLineCount()
    {
        var plain = Plain("one <s>struck\nout</s> two\nthree\n<!-- a\ncomment -->four");

        Assert.Equal(5, plain.Split('\n').Length);
        Assert.Equal("one \n two\nthree\n\nfour", plain);
    }

    [Fact]
    public void ToPlainText_Bullets_BecomeBulletMarks()
    {
        var plain = Plain("-   “America is blessed.”\n    ([Watch](https://x.com/1))\n* second\n+ third");

        Assert.Equal("• “America is blessed.”\n    (Watch)\n• second\n• third", plain);
    }

    [Fact]
    public void ToPlainText_NumberedList_ItemsKeepTheirNumberAfterABullet()
    {
        var plain = Plain("The actions:\n\n1. first,\n   wrapped;\n2) second; and\n3. third.");

        Assert.Equal("The actions:\n\n• 1. first,\n   wrapped;\n• 2) second; and\n• 3. third.", plain);
    }

    [Fact]
    public void ToPlainText_NumberStartingAWrappedLine_IsNotAListItem()
    {
        var plain = Plain("It has been going on since\n2014. That is a long time.");

        Assert.Equal("It has been going on since\n2014. That is a long time.", plain);
    }

    [Fact]
    public void ToPlainText_ListItemOneMayInterruptAParagraph()
    {
        Assert.Equal("We will:\n• 1. act", Plain("We will:\n1. act"));
    }

    [Fact]
    public void ToPlainText_Headings_AreReportedByLine()
    {
        MarkdownText.ToPlainText("# Title\n\ntext\n\n## Questions and answers\n####### not a heading", out var headings);

        Assert.Equal(new[] { 0, 4 }, headings.OrderBy(h => h).ToArray());
    }

    [Fact]
    public void ToPlainText_TrailingTwoSpaceBreaks_LeaveOnlyWhitespace()
    {
        var plain = Plain("line one  \nline two\u00A0 \n\u00A0 ");

        Assert.Equal(new[] { "line one", "line two", "" }, plain.Split('\n').Select(l => l.Trim()).ToArray());
    }
}
