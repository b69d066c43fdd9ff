// Edge cases of SrtReader that the example files do not show: speaker prefixes that are and
// are not names, warnings with their lines, refusals, detection scores, and a fuzz property.
using System;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Reading;
using BriefingKit.Tests.Support;

namespace BriefingKit.Tests.Reading.Srt;

public sealed class SrtReaderTests
{
    private static readonly SrtReader Reader = new();

    private static TranscriptInput Input(string text, string? fileName = "call.srt") => new(Encoding.UTF8.GetBytes(text), fileName);

    private static Transcript Read(string text) => Reader.Read(Input(text), CancellationToken.None);

    [Theory]
    [InlineData("[SPEAKER_00]: We agree.", "SPEAKER_00", "We agree.")]
    [InlineData("SPEAKER_12: We agree.", "SPEAKER_12", "We agree.")]
    [InlineData("Speaker 2: We agree.", "Speaker 2", "We agree.")]
    [InlineData("MS. PSAKI: We agree.", "MS. PSAKI", "We agree.")]
    [InlineData("Jean-Yves Le Drian: We agree.", "Jean-Yves Le Drian", "We agree.")]
    [InlineData("Ursula von der Leyen: We agree.", "Ursula von der Leyen", "We agree.")]
    [InlineData("Note that at 5:00: the vote opens.", null, "Note that at 5:00: the vote opens.")]
    [InlineData("Note: the vote opens.", null, "Note: the vote opens.")]
    [InlineData("Bottom line: no deal.", null, "Bottom line: no deal.")]
    [InlineData("The Five Permanent Members Of Council: agree.", null, "The Five Permanent Members Of Council: agree.")]
    [InlineData("See https://state.gov: it is posted.", null, "See https://state.gov: it is posted.")]
    [InlineData("At 10:30 we resume.", null, "At 10:30 we resume.")]
    public void Read_FirstLinePrefix_IsASpeakerOnlyWhenNameLike(string line, string? speaker, string text)
    {
        var transcript = Read($"1\n00:00:01,000 --> 00:00:02,000\n{line}\n");

        var turn = Assert.Single(transcript.Turns);
        Assert.Equal(text, turn.Text);
        Assert.Equal(speaker, turn.Speaker is null ? null : transcript.Speakers.Single(s => s.Id == turn.Speaker).Name);
    }

    [Fact]
    public void Read_EmptySubtitle_WarnsWithItsTimingLine()
    {
        var transcript = Read("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:02,000 --> 00:00:03,000\nHello.\n");

        Assert.Equal(2, Assert.Single(transcript.Diagnostics).Line);
        Assert.Equal("Hello.", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void Read_MalformedTimingLine_WarnsWithLineAndSkipsItsText()
    {
        var transcript = Read("1\n00:00:01,000 -> 00:00:02,000\nGone.\n\n2\n00:00:01,000 --> 00:00:02,0000000000\nGone too.\n\n3\n00:00:03,000 --> 00:00:04,000\nKept.\n");

        Assert.Equal(new[] { 1, 6 }, transcript.Diagnostics.Select(d => d.Line));
        Assert.Equal("Kept.", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void Read_EndBeforeStart_WarnsAndEndsAtStart()
    {
        var turn = Assert.Single(Read("1\n00:00:09,000 --> 00:00:08,000\nLate.\n").Turns);

        Assert.Equal(turn.Start, turn.End);
    }

    [Fact]
    public void Read_WebVttFile_ThrowsNamingLineOne()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Read("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n"));

        Assert.Equal(1, ex.Line);
        Assert.Equal("call.srt", ex.FileName);
        Assert.Contains("WebVTT", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextWithoutSubtitles_Throws()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Read("MR PRICE: Good afternoon.\nQUESTION: Thank you.\n"));

        Assert.Equal(0, ex.Line);
        Assert.Contains("no subtitles", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WhitespaceOnly_ThrowsEmpty()
    {
        Assert.Contains("empty", Assert.Throws<TranscriptFormatException>(() => Read(" \n\n")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FormattingTagsAndNumbers_KeepsTheWords()
    {
        var transcript = Read("1\n00:00:01,000 --> 00:00:03,000 X1:100 X2:600 Y1:10 Y2:50\n{\\an8}<font color=\"#ffffff\">Chair:</font> <b>Budget</b> x < y\n2025\n2\n00:00:03,000 --> 00:00:04,000\nChair: is final.\n");

        var turn = Assert.Single(transcript.Turns);
        Assert.Equal("Budget x < y 2025 is final.", turn.Text);
        Assert.Equal("Chair", Assert.Single(transcript.Speakers).Name);
        Assert.Empty(transcript.Diagnostics);
    }

    [Fact]
    public void Read_TextAfterBlankLineWithoutTiming_JoinsSubtitleBeforeWithWarning()
    {
        var transcript = Read("1\n00:00:01,000 --> 00:00:02,000\nAna: We support\n\nthe proposal.\n\n2\n00:00:02,000 --> 00:00:03,000\nBen: We do not.\n");

        Assert.Equal(new[] { "We support the proposal.", "We do not." }, transcript.Turns.Select(t => t.Text));
        Assert.Equal(5, Assert.Single(transcript.Diagnostics).Line);
    }

    [Theory]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHi\n", "a.txt", 95)]
    [InlineData("1\n0:00:01,5 --> 0:00:02,000\nHi\n", null, 95)]
    [InlineData("1\n00:00:01.000 --> 00:00:02.000\nHi\n", "a.srt", 90)]
    [InlineData("1\n00:00:01.000 --> 00:00:02.000\nHi\n", "a.txt", 30)]
    [InlineData("WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nHi\n", "a.srt", 0)]
    [InlineData("MR PRICE: Good afternoon.\n", "a.srt", 0)]
    public void Detect_Text_ScoresByTimingLines(string text, string? fileName, int expected)
    {
        Assert.Equal(expected, Reader.Detect(Input(text, fileName)));
    }

    [Fact]
    public void Detect_WebVttFile_NeverScoresAboveWebVttReader()
    {
        var input = Input("WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nHi\n", "captions.srt");

        Assert.True(Reader.Detect(input) < new WebVttReader().Detect(input));
    }

    [Fact]
    public void Detect_NonText_ScoresZeroWithoutThrowing()
    {
        Assert.Equal(0, Reader.Detect(new TranscriptInput(new byte[] { 0, 1, 2, 0, 0, 9, 0, 255 }, "a.srt")));
        Assert.Equal(0, Reader.Detect(new TranscriptInput(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0 }, "a.srt")));
    }

    [Fact]
    public void Parse_HeaderlessVttFile_IsReadAsSrtByDetection()
    {
        var transcript = BriefingPipeline.Default.ParseText("1\n00:00:01.000 --> 00:00:02.000\nAna Lima: Agreed.\n", "captions.vtt");

        Assert.Equal(TranscriptFormat.Srt, transcript.Format);
        Assert.Equal("Agreed.", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void Read_RandomGarbageAndMutations_ThrowOnlyTranscriptFormatException()
    {
        var read = ReaderFuzz.Run(Reader, ".srt", ReaderFuzz.ExampleTexts("srt"), iterations: 600, seed: 20170419);

        // Half the inputs are mutated files; many mutations break the header or remove every
        // cue, but a good share must still read, or the property would hold vacuously.
        Assert.InRange(read, 100, 600);
    }
}
