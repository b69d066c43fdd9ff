// Model JSON is hand-edited and pasted: control characters written as \u escapes are removed
// with the warning the README promises (naming the line of the first), and an escape of half a
// surrogate pair is refused naming its line, never silently and never without a place to look.
using System;
using System.Linq;
using System.Threading;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class ModelJsonHostileTextTests
{
    private static readonly BriefingKitJsonReader Reader = new();

    private const string Head = "{\n\"format\": \"speakerLabelled\",\n\"speakers\": [{\"id\": \"s1\", \"name\": \"A\"}],\n\"turns\": [\n";

    [Fact]
    public void Read_EscapedControlCharacters_RemovedWithAWarningNamingTheFirstLine()
    {
        var transcript = Reader.Read(JsonTestInput.Of(Head + "{\"speaker\": \"s1\", \"text\": \"clean\"},\n{\"speaker\": \"s1\", \"text\": \"bell\\u0007 and \\u0001 here\"}\n]}"), CancellationToken.None);

        Assert.Equal("bell and  here", transcript.Turns[1].Text);
        var warning = Assert.Single(transcript.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(6, warning.Line);
        Assert.Contains("removed 2 control character(s)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CleanText_NoWarning()
    {
        var transcript = Reader.Read(JsonTestInput.Of(Head + "{\"speaker\": \"s1\", \"text\": \"caf\\u00e9 \\ud83d\\ude00\"}\n]}"), CancellationToken.None);

        Assert.Equal("café 😀", transcript.Turns[0].Text);
        Assert.Empty(transcript.Diagnostics);
    }

    [Theory]
    [InlineData("\\ud800 alone")]
    [InlineData("trailing \\udc00")]
    public void Read_LoneSurrogateEscape_RefusedNamingItsLine(string text)
    {
        var json = Head + "{\"speaker\": \"s1\", \"text\": \"fine\"},\n\n{\"speaker\": \"s1\", \"text\": \"" + text + "\"}\n]}";

        var error = Assert.Throws<TranscriptFormatException>(() => Reader.Read(JsonTestInput.Of(json, "bad.json"), CancellationToken.None));

        Assert.Equal(7, error.Line);
        Assert.StartsWith("bad.json:7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("surrogate", error.Reason, StringComparison.Ordinal);
    }
}
