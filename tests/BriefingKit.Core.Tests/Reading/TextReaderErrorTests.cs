// What the text readers say when there is nothing to read.
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading;

public sealed class TextReaderErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\u00A0\n")]
    [InlineData("\uFEFF")]
    public void ParseText_EmptyInput_SaysEmpty(string text)
    {
        var error = Assert.Throws<TranscriptFormatException>(() => BriefingPipeline.Default.ParseText(text, "empty.txt"));

        Assert.Equal("empty.txt", error.FileName);
        Assert.Contains("empty", error.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ParseText_MarkdownWithoutFrontMatterAndOnlyATitle_DoesNotBlameFrontMatter()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => BriefingPipeline.Default.ParseText("# Remarks as Prepared\n", "title.md", TranscriptFormat.Markdown));

        Assert.DoesNotContain("front matter", error.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ParseText_MarkdownWithOnlyFrontMatter_SaysSo()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => BriefingPipeline.Default.ParseText("---\ntitle: \"A\"\ndate: '2021-04-15'\n---\n\n", "front.md"));

        Assert.Contains("after the front matter", error.Reason, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ParseText_BinaryData_IsRefusedWithItsLine()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => BriefingPipeline.Default.Parse(new TranscriptInput(new byte[] { (byte)'a', (byte)'\n', 0, 1, 2, 3, 0, 0, 0 }, "blob.txt")));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void ParseText_UnclosedFrontMatter_IsReadAsBodyWithAWarning()
    {
        var transcript = BriefingPipeline.Default.ParseText("---\ntitle: A\n\nMS. PSAKI:  Hi.\n\nQ    Hello?\n", "open.md");

        Assert.Equal(2, transcript.Turns.Count);
        Assert.Contains(transcript.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Line == 1);
    }
}
