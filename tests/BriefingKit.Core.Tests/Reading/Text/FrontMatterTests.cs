// YAML front matter as the White House dataset publishes it.
using System.Collections.Generic;
using BriefingKit.Reading.Markdown.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class FrontMatterTests
{
    private static FrontMatter Parse(List<Diagnostic> warnings, params string[] lines) => FrontMatter.Parse(lines, warnings);

    private static FrontMatter Parse(params string[] lines) => Parse(new List<Diagnostic>(), lines);

    [Fact]
    public void Parse_DoubleQuotedTitle_UnderscoreEscapeIsNoBreakSpace()
    {
        var front = Parse("---", "title: \"Press Briefing by Press Secretary Jen\\_Psaki, April 15,\\_2021\"", "---");

        Assert.Equal("Press Briefing by Press Secretary Jen\u00A0Psaki, April 15,\u00A02021", front.Get("title"));
    }

    [Fact]
    public void Parse_DoubleQuotedTitleContinuedWithBackslash_JoinsWithoutSpace()
    {
        var front = Parse(
            "---",
            "title: \"Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin\\",
            "  \\ of\\_Russia\"",
            "---");

        Assert.Equal("Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin of\u00A0Russia", front.Get("title"));
    }

    [Fact]
    public void Parse_DoubleQuotedTitleFoldedOverLines_JoinsWithOneSpace()
    {
        var front = Parse(
            "---",
            "title: \"Statement by National Security Council Spokesperson",
            "  Emily Horne\"",
            "---");

        Assert.Equal("Statement by National Security Council Spokesperson Emily Horne", front.Get("title"));
    }

    [Theory]
    [InlineData("\\u2019", "\u2019")]
    [InlineData("L\\xF6fven", "L\u00F6fven")]
    [InlineData("\\U0001F600", "\U0001F600")]
    [InlineData("tab\\tstop", "tab\tstop")]
    [InlineData("quote \\\"here\\\"", "quote \"here\"")]
    [InlineData("bad \\uZZZZ code", "bad \\uZZZZ code")]
    [InlineData("surrogate \\uD800 alone", "surrogate \uFFFD alone")]
    public void Parse_DoubleQuotedEscapes_AreDecoded(string escaped, string text)
    {
        var front = Parse("---", "title: \"" + escaped + "\"", "---");

        Assert.Equal(text, front.Get("title"));
    }

    [Fact]
    public void Parse_SingleQuotedScalar_DoubledQuoteIsOneQuote()
    {
        var front = Parse("---", "title: 'Remarks on America''s Place in the World'", "date: '2021-04-15'", "---");

        Assert.Equal("Remarks on America's Place in the World", front.Get("title"));
        Assert.Equal("2021-04-15", front.Get("date"));
    }

    [Fact]
    public void Parse_PlainScalars_KeepColonsAfterTheFirstAndDropComments()
    {
        var front = Parse(
            "---",
            "title: FACT SHEET: Imposing Costs",
            "modified_time: 2021-04-15 19:34:31-04:00",
            "source_url: https://example.gov/a#b # where it was published",
            "---");

        Assert.Equal("FACT SHEET: Imposing Costs", front.Get("title"));
        Assert.Equal("2021-04-15 19:34:31-04:00", front.Get("modified_time"));
        Assert.Equal("https://example.gov/a#b", front.Get("source_url"));
    }

    [Fact]
    public void Parse_PlainScalarOnIndentedLines_IsContinued()
    {
        var front = Parse("---", "title: Remarks by President Biden", "  on Russia", "---");

        Assert.Equal("Remarks by President Biden on Russia", front.Get("title"));
    }

    [Fact]
    public void Parse_Lists_BlockAndFlowStyles()
    {
        var front = Parse(
            "---",
            "tags:",
            "- press-briefings",
            "  - russia",
            "categories: [statements-releases, 'readouts']",
            "---");

        Assert.Equal(new[] { "press-briefings", "russia" }, front.Lists["tags"]);
        Assert.Equal(new[] { "statements-releases", "readouts" }, front.Lists["categories"]);
        Assert.Equal("statements-releases, readouts", front.Get("categories"));
    }

    [Fact]
    public void Parse_KeysAreCaseInsensitiveAndFirstNonEmptyWins()
    {
        var front = Parse("---", "Title: One", "url:", "source_url: https://example.gov/", "---");

        Assert.Equal("One", front.Get("title"));
        Assert.Equal("https://example.gov/", front.Get("url", "source_url"));
    }

    [Fact]
    public void Parse_BodyStartsAfterClosingLine()
    {
        var front = Parse("---", "title: A", "...", "Body");

        Assert.Equal(3, front.BodyStartIndex);
    }

    [Fact]
    public void Parse_NeverClosed_WarnsAndReadsEverythingAsBody()
    {
        var warnings = new List<Diagnostic>();

        var front = Parse(warnings, "---", "title: A", "Body text.");

        Assert.Equal(0, front.BodyStartIndex);
        Assert.Null(front.Get("title"));
        var warning = Assert.Single(warnings);
        Assert.Equal(1, warning.Line);
    }

    [Fact]
    public void Parse_LineThatIsNotKeyValue_WarnsWithItsLine()
    {
        var warnings = new List<Diagnostic>();

        var front = Parse(warnings, "---", "title: A", "just some words", "# a comment", "---");

        Assert.Equal("A", front.Get("title"));
        var warning = Assert.Single(warnings);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void Parse_QuotedScalarNeverClosed_StopsAtTheEndOfTheFrontMatter()
    {
        var front = Parse("---", "title: \"Remarks by", "date: 2021-04-15", "---", "Body");

        Assert.Equal(4, front.BodyStartIndex);
        Assert.StartsWith("Remarks by", front.Get("title"));
    }

    [Theory]
    [InlineData(new[] { "---", "title: A" }, true)]
    [InlineData(new[] { "--- ", "title: A" }, true)]
    [InlineData(new[] { "---" }, false)]
    [InlineData(new[] { "Title", "---" }, false)]
    public void StartsWithFrontMatter_FirstLineIsThreeDashes(string[] lines, bool starts)
    {
        Assert.Equal(starts, FrontMatter.StartsWithFrontMatter(lines));
    }
}
