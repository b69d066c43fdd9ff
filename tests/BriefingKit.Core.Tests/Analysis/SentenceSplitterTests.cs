using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(new Turn(text) { Line = 1 }, 0).Select(s => s.Text).ToArray();

    [Fact]
    public void Split_AbbreviationsAndInitials_DoNotEndSentences() =>
        Assert.Equal(
            new[] { "President Joseph R. Biden, Jr. spoke with Mr. Putin of Russia.", "The U.S. and Russia agreed." },
            Split("President Joseph R. Biden, Jr. spoke with Mr. Putin of Russia. The U.S. and Russia agreed."));

    [Fact]
    public void Split_ClosingQuoteAfterFullStop_StaysWithSentence() =>
        Assert.Equal(new[] { "He said “we agree.”", "Then he left." }, Split("He said “we agree.” Then he left."));

    [Fact]
    public void Split_LettersGluedToANumber_EndTheSentence() =>
        Assert.Equal(
            new[] { "The fleet will be ready in the late 2030s.", "The second fleet follows on the 21st.", "Then it sails." },
            Split("The fleet will be ready in the late 2030s. The second fleet follows on the 21st. Then it sails."));

    [Fact]
    public void Split_EllipsisInsideWord_DoesNotSplit() =>
        Assert.Single(Split("which is doing nothing...to make progress on the issues."));

    [Fact]
    public void Split_Paragraphs_CarryTheirLines()
    {
        var turn = new Turn("First paragraph.\n\nSecond one. Third.") { Line = 10, ParagraphLines = new[] { 10, 14 } };
        var sentences = SentenceSplitter.Split(turn, 0).ToList();
        Assert.Equal(new[] { 10, 14, 14 }, sentences.Select(s => s.Line));
        Assert.Equal(new[] { 0, 1, 1 }, sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Split_WrappedParagraph_GivesEachSentenceTheLineItStartsOn()
    {
        // Lines 20–22: "The talks went well. The" / "sides agreed to meet again." / "Both thanked the hosts."
        var turn = new Turn("The talks went well. The sides agreed to meet again. Both thanked the hosts.") { Line = 20, LineStarts = new[] { 0, 25, 53 } };

        Assert.Equal(new[] { 20, 20, 22 }, SentenceSplitter.Split(turn, 0).Select(s => s.Line));
    }

    [Theory]
    [InlineData(0, 20)]
    [InlineData(9, 20)]
    [InlineData(10, 21)]
    [InlineData(29, 21)]   // lines 22 and 23 left no text: still line 21
    [InlineData(30, 24)]
    [InlineData(99, 25)]
    public void LineAt_SkipsLinesThatLeftNoText(int offset, int line)
    {
        var turn = new Turn(new string('x', 100)) { Line = 20, LineStarts = new[] { 0, 10, -1, -1, 30, 50 } };

        Assert.Equal(line, turn.LineAt(offset));
    }
}
