// The shortcuts that make reading fast must not change what is read: a paragraph joined and normalised
// in one buffer, text kept as decoded, labels matched during detection and reused by the reader, and
// the source-generated patterns' time-out.
using System;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Json;
using BriefingKit.Reading;
using BriefingKit.Reading.Internal;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class ReadingShortcutsTests
{
    [Theory]
    [InlineData("Good  afternoon, |everyone.  Two items  ")]
    [InlineData("Talks with the Under-Secretary-|General  went on")]
    [InlineData("new COVID-  | 19 cases, a sanct-|— sanctions bill")]
    [InlineData("\u00A0 leading|trailing \u200B|  \t ")]
    [InlineData("We thank them. (Laughter.)  | And then —|(applause) — we left")]
    [InlineData("troops [in Syria]|stay")]
    [InlineData("one")]
    public void Paragraph_IsJoinThenRemoveThenNormalize(string joinedLines)
    {
        var lines = joinedLines.Split('|');
        var expectedRemoved = new System.Collections.Generic.List<(string Text, int Index)>();
        var expected = TextLines.Normalize(StageDirections.Remove(TextLines.Join(lines, out var expectedStarts), expectedRemoved));

        var removed = new System.Collections.Generic.List<(string Text, int Index)>();
        var text = TextLines.Paragraph(lines, removed, out var starts);

        Assert.Equal(expected, text);
        Assert.Equal(expectedStarts, starts);
        Assert.Equal(expectedRemoved, removed);
    }

    [Fact]
    public void Normalize_NormalText_IsReturnedAsItIs()
    {
        const string text = "Already one space between words.";
        Assert.Same(text, TextLines.Normalize(text));
        Assert.Equal("one space", TextLines.Normalize(" one space"));
        Assert.Equal("one space", TextLines.Normalize("one  space"));
        Assert.Equal("one space", TextLines.Normalize("one\tspace"));
        Assert.Equal("one", TextLines.Normalize("one "));
    }

    [Fact]
    public void Decode_LateControlCharacter_IsReportedOnItsLine()
    {
        var input = new TranscriptInput(Encoding.UTF8.GetBytes("first\nsecond\r\nthird \u0001 here\n"), "x.txt");
        Assert.Equal("first\nsecond\nthird  here\n", input.Text);
        var warning = Assert.Single(input.DecodingWarnings);
        Assert.Equal(3, warning.Line);
    }

    [Fact]
    public void Decode_CleanText_IsTheDecodedText()
    {
        var input = new TranscriptInput(Encoding.UTF8.GetBytes("MS. PSAKI:  Hello.\n\tQ  Thanks — 준 \U0001F600.\n"), "x.txt");
        Assert.Equal("MS. PSAKI:  Hello.\n\tQ  Thanks — 준 \U0001F600.\n", input.Text);
        Assert.Empty(input.DecodingWarnings);
    }

    [Theory]
    [InlineData(60, 40_000)] // within the 64 KB probe: detection's lines and labels serve the reader
    [InlineData(60, 120_000)] // longer: detection probes the first 64 KB on its own
    [InlineData(900, 120_000)] // long lines: fewer than 400 lines in the first 64 KB, the last one cut
    public void SpeakerLabelled_DetectThenRead_IsReadAlone(int lineLength, int size)
    {
        var bytes = Encoding.UTF8.GetBytes(LabelledText(lineLength, size));
        var reader = BriefingPipeline.Default.Readers.Single(r => r.Format == TranscriptFormat.SpeakerLabelled);

        var detected = new TranscriptInput(bytes, "long.txt");
        var score = reader.Detect(detected);
        var afterDetection = TranscriptJson.Serialize(reader.Read(detected, CancellationToken.None));
        var alone = TranscriptJson.Serialize(reader.Read(new TranscriptInput(bytes, "long.txt"), CancellationToken.None));

        Assert.Equal(alone, afterDetection);
        // The score is what the start of the text alone says.
        var head = TextLines.Split(detected.Head(64 * 1024));
        var expected = LabelledTextParser.CountLabels(head, 400) >= 3 ? 80 : LabelledTextParser.LooksLabelled(head, 400) ? 30 : 0;
        Assert.Equal(expected, score);
        Assert.Equal(80, score);
    }

    [Fact]
    public void GeneratedPatterns_HaveTheTimeOutOfEveryPattern()
    {
        Assert.Equal(RegexLimits.Timeout, TimeSpan.FromMilliseconds(RegexLimits.TimeoutMilliseconds));
    }

    // Speaker-labelled text of about the given size, hard-wrapped at lineLength characters.
    private static string LabelledText(int lineLength, int size)
    {
        var text = new StringBuilder();
        string[] words = { "the", "talks", "on", "trade", "resume", "in", "Geneva", "next", "week,", "and", "we", "expect", "progress." };
        for (var turn = 0; text.Length < size; turn++)
        {
            text.Append(turn % 2 == 0 ? "MR. OKONJO:  " : "Q    ");
            var line = 13;
            for (var w = 0; w < 40 + (turn % 7) * 10; w++)
            {
                var word = words[(turn + w) % words.Length];
                if (line + word.Length + 1 > lineLength)
                {
                    text.Append('\n');
                    line = 0;
                }
                text.Append(word).Append(' ');
                line += word.Length + 1;
            }
            text.Append("\n\n");
            if (turn % 9 == 0) text.Append("(Laughter.)\n\n");
        }
        return text.ToString();
    }
}
