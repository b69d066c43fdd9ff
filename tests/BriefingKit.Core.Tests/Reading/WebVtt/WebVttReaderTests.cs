// Edge cases of WebVttReader that the example files do not show: warnings with their lines,
// refusals, Teams and Zoom quirks, detection scores, and a fuzz property.
using System;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Reading;
using BriefingKit.Tests.Support;

namespace BriefingKit.Tests.Reading.WebVtt;

public sealed class WebVttReaderTests
{
    private static readonly WebVttReader Reader = new();

    private static TranscriptInput Input(string text, string? fileName = "meeting.vtt") => new(Encoding.UTF8.GetBytes(text), fileName);

    private static Transcript Read(string text) => Reader.Read(Input(text), CancellationToken.None);

    [Fact]
    public void Read_EmptyCue_WarnsWithTimingLineAndSkipsIt()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana></v>\n\n00:02.000 --> 00:03.000\n<v Ana>We agree.</v>\n");

        var warning = Assert.Single(transcript.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
        var turn = Assert.Single(transcript.Turns);
        Assert.Equal("We agree.", turn.Text);
        Assert.Equal(6, turn.Line);
    }

    [Fact]
    public void Read_MalformedTimingLine_WarnsWithLineAndKeepsOtherCues()
    {
        var transcript = Read("WEBVTT\n\n1\n00:00:01.000 --> 00:00:0x.000\n<v Ana>Lost.</v>\n\n2\n00:00:03.000 --> 00:00:04.000\n<v Ana>Kept.</v>\n");

        var warning = Assert.Single(transcript.Diagnostics);
        Assert.Equal(4, warning.Line);
        Assert.Contains("timing line", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Kept.", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void Read_EndBeforeStart_WarnsAndEndsAtStart()
    {
        var transcript = Read("WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nShort.\n");

        Assert.Equal(3, Assert.Single(transcript.Diagnostics).Line);
        var turn = Assert.Single(transcript.Turns);
        Assert.Equal(TimeSpan.FromSeconds(5), turn.Start);
        Assert.Equal(TimeSpan.FromSeconds(5), turn.End);
    }

    [Fact]
    public void Read_HeaderMissing_ThrowsNamingFileAndLine()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Read("\nMeeting notes\n00:00:01.000 --> 00:00:02.000\nHello.\n"));

        Assert.Equal("meeting.vtt", ex.FileName);
        Assert.Equal(2, ex.Line);
        Assert.Contains("WEBVTT", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SrtContent_ThrowsWithSrtHint()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Read("1\n00:00:01,000 --> 00:00:02,000\nHello.\n"));

        Assert.Equal(1, ex.Line);
        Assert.Contains("SRT", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HeaderOnly_ThrowsNoCues()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Read("WEBVTT\n\nNOTE nothing was said\n"));

        Assert.Equal(0, ex.Line);
        Assert.Contains("no cues", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OnlyUnreadableTimingLines_ThrowsNamingTheFirst()
    {
        var ex = Assert.Throws<TranscriptFormatException>(() => Read("WEBVTT\n\n00:01 --> soon\nHello.\n\n00:02 --> later\nBye.\n"));

        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Read_BinaryInput_ThrowsTranscriptFormatException()
    {
        var input = new TranscriptInput(new byte[] { 0x57, 0x45, 0x00, 0x01, 0x02, 0xFF, 0x00, 0x00 }, "meeting.vtt");

        Assert.Throws<TranscriptFormatException>(() => Reader.Read(input, CancellationToken.None));
    }

    [Fact]
    public void Read_TeamsVoiceSpans_MergesSplitCues()
    {
        var transcript = Read("WEBVTT\n\nab12/17-0\n0:0:5.320 --> 0:0:7.000\n<v Kim &amp; Co>The tariff</v>\n\nab12/17-1\n0:0:7.000 --> 0:0:8.5\n<v Kim &amp; Co>stays.</v>\n");

        var speaker = Assert.Single(transcript.Speakers);
        Assert.Equal(new Speaker("s1", "Kim & Co") { Label = "Kim & Co" }, speaker);
        var turn = Assert.Single(transcript.Turns);
        Assert.Equal(new Turn("The tariff stays.") { Speaker = "s1", Start = TimeSpan.FromMilliseconds(5320), End = TimeSpan.FromMilliseconds(8500), Line = 4 }, turn);
        Assert.Equal(TranscriptFormat.WebVtt, transcript.Format);
        Assert.Equal(TranscriptKind.Meeting, transcript.Kind);
        Assert.Null(transcript.Title);
    }

    [Fact]
    public void Read_SplitTeamsCueWithoutVoice_KeepsTheUtterancesSpeaker()
    {
        var transcript = Read("WEBVTT\n\nab12/3-0\n00:01.000 --> 00:02.000\n<v Ana Ruiz>We will\n\nab12/3-1\n00:02.000 --> 00:03.000\nsign in May.\n");

        var turn = Assert.Single(transcript.Turns);
        Assert.Equal("s1", turn.Speaker);
        Assert.Equal("We will sign in May.", turn.Text);
    }

    [Fact]
    public void Read_UnclosedVoiceSpans_StartANewSpeakerAtEachVoice()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ana>Agreed? <v Ben>Agreed.\n");

        Assert.Equal(new[] { "Ana", "Ben" }, transcript.Speakers.Select(s => s.Name));
        Assert.Equal(new[] { "Agreed?", "Agreed." }, transcript.Turns.Select(t => t.Text));
        Assert.All(transcript.Turns, t => Assert.Equal(3, t.Line));
    }

    [Fact]
    public void Read_ZoomPrefixThatIsNotAName_StaysSpeech()
    {
        var transcript = Read("WEBVTT\n\n1\n00:01.000 --> 00:04.000\nNote that at 5:00: the vote opens.\n");

        Assert.Empty(transcript.Speakers);
        var turn = Assert.Single(transcript.Turns);
        Assert.Null(turn.Speaker);
        Assert.Equal("Note that at 5:00: the vote opens.", turn.Text);
    }

    [Fact]
    public void Read_SpeakerlessCues_JoinOnlyWhileASentenceRunsOn()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:02.000\nThe council will\n\n00:02.000 --> 00:03.000\nmeet on Friday.\n\n00:03.000 --> 00:04.000\nThe vote is next week.\n\n00:04.000 --> 00:05.000\nand then\n\n00:09.000 --> 00:10.000\nafter a long pause\n");

        Assert.Equal(
            new[] { "The council will meet on Friday.", "The vote is next week.", "and then", "after a long pause" },
            transcript.Turns.Select(t => t.Text));
        Assert.All(transcript.Turns, t => Assert.Null(t.Speaker));
    }

    [Fact]
    public void Read_MissingBlankLinesBetweenCues_StartsEachCueAtItsTimingLine()
    {
        var transcript = Read("WEBVTT\n00:01.000 --> 00:02.000\n<v Ana>One.</v>\n2\n00:02.000 --> 00:03.000\n<v Ben>Two.</v>\n00:03.000 --> 00:04.000\n<v Ana>Three.</v>\n");

        Assert.Equal(new[] { "One.", "Two.", "Three." }, transcript.Turns.Select(t => t.Text));
        Assert.Equal(new[] { 2, 5, 7 }, transcript.Turns.Select(t => t.Line));
        Assert.Empty(transcript.Diagnostics);
    }

    [Fact]
    public void Read_TextAfterBlankLineWithoutTiming_JoinsCueBeforeWithWarning()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ana>We support\n\nthe proposal.\n");

        Assert.Equal("We support the proposal.", Assert.Single(transcript.Turns).Text);
        Assert.Equal(6, Assert.Single(transcript.Diagnostics).Line);
    }

    [Fact]
    public void Read_ReferencesAndStrayAngleBrackets_DecodeSafely()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:02.000\nGDP < 2% &#1;&#xD800;&#x1F600;&unknown; x<3 &amp;&lt;b&gt;\n");

        Assert.Equal("GDP < 2% \uFFFD\uFFFD\U0001F600&unknown; x<3 &<b>", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void Read_StageDirectionLines_BecomeAnnotationsWithTheirLine()
    {
        var transcript = Read("WEBVTT\n\n00:01.000 --> 00:03.000\n<v Ana>(laughter)\nFair point.</v>\n\n00:03.000 --> 00:04.000\n[Music] [Applause]\n");

        Assert.Equal("Fair point.", Assert.Single(transcript.Turns).Text);
        Assert.Equal(new[] { new Annotation("(laughter)", 4), new Annotation("[Music] [Applause]", 8) }, transcript.Annotations);
        Assert.Empty(transcript.Diagnostics);
    }

    [Theory]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "a.txt", 100)]
    [InlineData("\uFEFF \n WEBVTT - Kind: captions\n", null, 100)]
    [InlineData("WEBVTT\r\n", null, 100)]
    [InlineData("WEBVTTX\n\n00:01.000 --> 00:02.000\nHi\n", "a.txt", 0)]
    [InlineData("1\n00:00:01.000 --> 00:00:02.000\nHi\n", "a.vtt", 20)]
    [InlineData("Just some notes about the vote.\n", "a.vtt", 0)]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHi\n", "a.srt", 0)]
    public void Detect_Text_ScoresByHeaderThenExtension(string text, string? fileName, int expected)
    {
        Assert.Equal(expected, Reader.Detect(Input(text, fileName)));
    }

    [Fact]
    public void Detect_NonText_ScoresZeroWithoutThrowing()
    {
        Assert.Equal(0, Reader.Detect(new TranscriptInput(new byte[] { 0, 1, 2, 0, 0, 9, 0, 255 }, "a.vtt")));
        Assert.Equal(0, Reader.Detect(new TranscriptInput(new byte[] { (byte)'P', (byte)'K', 3, 4, 0, 0 }, "a.vtt")));
        Assert.Equal(0, Reader.Detect(new TranscriptInput(new byte[] { 0xC3, 0x28, 0xA0, 0xA1 }, "a.vtt")));
    }

    [Fact]
    public void Read_RandomGarbageAndMutations_ThrowOnlyTranscriptFormatException()
    {
        var read = ReaderFuzz.Run(Reader, ".vtt", ReaderFuzz.ExampleTexts("webVtt"), iterations: 600, seed: 20240419);

        // Half the inputs are mutated files; many mutations break the header or remove every
        // cue, but a good share must still read, or the property would hold vacuously.
        Assert.InRange(read, 100, 600);
    }
}
