// Prose: title, junk lines, datelines, paragraphs and bullets.
using System.Linq;
using System.Threading;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class ProseParserTests
{
    private static TranscriptDraft Parse(params string[] lines)
    {
        var draft = new TranscriptDraft();
        ProseParser.Parse(draft, lines, CancellationToken.None);
        return draft;
    }

    [Fact]
    public void Parse_TitleJunkLineAndDatelineWithoutBlankLines_AreSeparated()
    {
        var draft = Parse(
            "U.S.-Russia Relations in Spotlight",
            "Reading audio",
            "Apr 19, 2017",
            "",
            "The current serious deficit of trust between Russia and the United States was the focus of talks.");

        Assert.Equal("U.S.-Russia Relations in Spotlight", draft.Title);
        Assert.Equal(new System.DateTime(2017, 4, 19), draft.Date);
        Assert.Equal(new[] { ("Reading audio", 2), ("Apr 19, 2017", 3) }, draft.Annotations.Select(a => (a.Text, a.Line)).ToArray());
        var turn = Assert.Single(draft.Turns);
        Assert.Equal(5, turn.Line);
        Assert.Null(turn.Speaker);
    }

    [Fact]
    public void Parse_UnwrappedParagraphsOnConsecutiveLines_StayOneParagraphAfterTheFirst()
    {
        var draft = Parse(
            "Title",
            "",
            "First paragraph, a full sentence.",
            "still the first paragraph.");

        Assert.Equal("First paragraph, a full sentence. still the first paragraph.", Assert.Single(draft.Turns).Text);
    }

    [Fact]
    public void Parse_Bullets_AreParagraphsOfTheirOwn()
    {
        var draft = Parse(
            "The ministers agreed on the following:",
            "• continued support for Ukraine;",
            "• close coordination on sanctions against those",
            "  responsible; and",
            "◦ a further meeting in June.");

        Assert.Equal(
            new[] { "The ministers agreed on the following:", "continued support for Ukraine;", "close coordination on sanctions against those responsible; and", "a further meeting in June." },
            draft.Turns.Select(t => t.Text).ToArray());
        Assert.Equal(new[] { 1, 2, 3, 5 }, draft.Turns.Select(t => t.Line).ToArray());
    }

    [Fact]
    public void Parse_ShortHeadingAfterText_IsAnnotation()
    {
        var draft = Parse(
            "Title",
            "",
            "A paragraph of text.",
            "",
            "Related Articles",
            "",
            "###");

        Assert.Single(draft.Turns);
        Assert.Equal(new[] { "Related Articles", "###" }, draft.Annotations.Select(a => a.Text).ToArray());
    }

    [Fact]
    public void Parse_StageDirectionInParagraph_RemovedAndAnnotatedOnItsLine()
    {
        var draft = Parse(
            "The Secretary said the talks were constructive",
            "(inaudible) and would continue.");

        Assert.Equal("The Secretary said the talks were constructive and would continue.", Assert.Single(draft.Turns).Text);
        Assert.Equal(("(inaudible)", 2), (draft.Annotations[0].Text, draft.Annotations[0].Line));
    }
}
