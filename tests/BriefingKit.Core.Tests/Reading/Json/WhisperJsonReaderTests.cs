// Unit tests of the Whisper / whisperX JSON reader: detection, turn rules, errors.
using System;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class WhisperJsonReaderTests
{
    private static readonly WhisperJsonReader Reader = new();

    private static Transcript Read(string json) => Reader.Read(JsonTestInput.Of(json), CancellationToken.None);

    private static TranscriptFormatException Fails(string json) =>
        Assert.Throws<TranscriptFormatException>(() => Read(json));

    [Fact]
    public void WhisperJsonReader_Detect_ObjectWithSegments()
    {
        Assert.Equal(90, Reader.Detect(JsonTestInput.Of("{\"text\": \"hi\", \"segments\": []}")));
    }

    [Fact]
    public void WhisperJsonReader_Detect_OtherJsonScoresZero()
    {
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"name\": \"x\", \"items\": [1, 2]}")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("[{\"segments\": []}]")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("MR PRICE: Good afternoon.")));
        Assert.Equal(0, Reader.Detect(new TranscriptInput(new byte[] { 0, 1, 2, 3, 0, 0, 255 }, "a.json")));
        Assert.Equal(0, Reader.Detect(new TranscriptInput(Array.Empty<byte>(), "a.json")));
    }

    [Fact]
    public void WhisperJsonReader_Detect_SegmentsAfterVeryLongText()
    {
        var longText = new string('a', 100_000);
        Assert.Equal(90, Reader.Detect(JsonTestInput.Of("{\"text\": \"" + longText + "\", \"segments\": []}")));
        var hugeText = new string('a', 400_000);
        Assert.Equal(60, Reader.Detect(JsonTestInput.Of("{\"text\": \"" + hugeText + "\", \"segments\": []}")));
    }

    [Fact]
    public void WhisperJsonReader_Detect_InvalidJsonLaterStillDetected()
    {
        Assert.Equal(90, Reader.Detect(JsonTestInput.Of("{\"segments\": [ {\"text\": \"a\"} }")));
    }

    [Fact]
    public void WhisperJsonReader_Read_InvalidJsonNamesLine()
    {
        var error = Fails("{\n  \"segments\": [\n    {\"text\": \"a\", \"start\": 0},\n    {\"text\": \"b\" \"start\": 1}\n  ]\n}");
        Assert.Equal(4, error.Line);
        Assert.StartsWith("not valid JSON: ", error.Reason, StringComparison.Ordinal);
        Assert.Contains("input.json:4:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_MissingSegmentsNamesField()
    {
        var error = Fails("{\"text\": \"hello\"}");
        Assert.Contains("'segments'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_SegmentWithoutTextNamesFieldAndLine()
    {
        var error = Fails("{\"segments\": [\n {\"start\": 0, \"end\": 1, \"text\": \"a\"},\n {\"start\": 1, \"end\": 2}\n]}");
        Assert.Equal(3, error.Line);
        Assert.Contains("'segments[1].text'", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"soon\"")]
    [InlineData("-1")]
    [InlineData("1e300")]
    [InlineData("[]")]
    public void WhisperJsonReader_Read_BadTimeNamesField(string start)
    {
        var error = Fails("{\"segments\": [{\"start\": " + start + ", \"end\": 1, \"text\": \"a\"}]}");
        Assert.Contains("'segments[0].start'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_RootArrayRefused()
    {
        var error = Fails("[{\"text\": \"a\"}]");
        Assert.Contains("'segments'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_NoSpeakersSplitsAtLongPause()
    {
        var transcript = Read("{\"segments\": [" +
            "{\"start\": 0, \"end\": 1, \"text\": \" One.\"}," +
            "{\"start\": 2.9, \"end\": 4, \"text\": \" Two.\"}," +
            "{\"start\": 6.5, \"end\": 7, \"text\": \" Three.\"}]}");
        Assert.Empty(transcript.Speakers);
        Assert.Equal(new[] { "One. Two.", "Three." }, transcript.Turns.Select(t => t.Text));
        Assert.All(transcript.Turns, t => Assert.Null(t.Speaker));
        Assert.Equal(TimeSpan.FromSeconds(4), transcript.Turns[0].End);
        Assert.Equal(TimeSpan.FromSeconds(6.5), transcript.Turns[1].Start);
    }

    [Fact]
    public void WhisperJsonReader_Read_NoSpeakersSplitsAfterThousandCharacters()
    {
        var sentence = new string('x', 400) + ".";
        var segments = string.Join(",", Enumerable.Range(0, 5).Select(i =>
            "{\"start\": " + i + ", \"end\": " + (i + 1) + ", \"text\": \" " + sentence + "\"}"));
        var transcript = Read("{\"segments\": [" + segments + "]}");
        Assert.Equal(new[] { 3, 2 }, transcript.Turns.Select(t => t.Text.Split(' ').Length));
    }

    [Fact]
    public void WhisperJsonReader_Read_SameSpeakerMergesAcrossPauses()
    {
        var transcript = Read("{\"segments\": [" +
            "{\"start\": 0, \"end\": 1, \"text\": \" One.\", \"speaker\": \"SPEAKER_03\"}," +
            "{\"start\": 30, \"end\": 31, \"text\": \" Two.\", \"speaker\": \"SPEAKER_03\"}]}");
        var turn = Assert.Single(transcript.Turns);
        Assert.Equal("One. Two.", turn.Text);
        Assert.Equal(TimeSpan.Zero, turn.Start);
        Assert.Equal(TimeSpan.FromSeconds(31), turn.End);
        Assert.Equal(new Speaker("s1", "SPEAKER_03") { Label = "SPEAKER_03", Kind = SpeakerKind.Unknown }, Assert.Single(transcript.Speakers));
        Assert.Equal(TranscriptKind.Meeting, transcript.Kind);
        Assert.Equal(TranscriptFormat.WhisperJson, transcript.Format);
    }

    [Fact]
    public void WhisperJsonReader_Read_SegmentWithoutSpeakerTakesMajorityOfWords()
    {
        var transcript = Read("{\"segments\": [{\"start\": 0, \"end\": 2, \"text\": \" Yes indeed sir\", \"words\": [" +
            "{\"word\": \"Yes\", \"speaker\": \"B\"}, {\"word\": \"indeed\", \"speaker\": \"B\"}, {\"word\": \"sir\"}]}]}");
        Assert.Equal("s1", Assert.Single(transcript.Turns).Speaker);
        Assert.Equal("B", Assert.Single(transcript.Speakers).Name);
    }

    [Fact]
    public void WhisperJsonReader_Read_WordsNotInTextKeepSegmentWhole()
    {
        var transcript = Read("{\"segments\": [{\"start\": 0, \"end\": 2, \"text\": \" Hello there\", \"speaker\": \"A\", \"words\": [" +
            "{\"word\": \"Hello\", \"speaker\": \"A\"}, {\"word\": \"zzz\", \"speaker\": \"B\"}]}]}");
        var turn = Assert.Single(transcript.Turns);
        Assert.Equal("Hello there", turn.Text);
        Assert.Equal("A", Assert.Single(transcript.Speakers).Name);
    }

    [Fact]
    public void WhisperJsonReader_Read_ChineseSegmentsJoinWithoutSpace()
    {
        var transcript = Read("{\"segments\": [{\"start\": 0, \"end\": 1, \"text\": \"我们支持\"}, {\"start\": 1, \"end\": 2, \"text\": \"和平谈判。\"}]}");
        Assert.Equal("我们支持和平谈判。", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void WhisperJsonReader_Read_EscapedControlCharactersRemoved()
    {
        var transcript = Read("{\"segments\": [{\"text\": \"a\\u0001b\\u0000c\", \"speaker\": \"S\\u0002\"}]}");
        Assert.Equal("abc", transcript.Turns[0].Text);
        Assert.Equal("S", transcript.Speakers[0].Name);
    }

    [Fact]
    public void WhisperJsonReader_Read_LoneSurrogateEscapeRefused()
    {
        var error = Fails("{\"segments\": [{\"text\": \"a\\ud800b\"}]}");
        Assert.Contains("'segments[0].text'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_LoneSurrogateInPropertyNameRefused()
    {
        var error = Fails("{\"segments\": [{\"\\ud800x\": 1, \"text\": \"a\"}]}");
        Assert.Contains("'segments[0]", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_EmptySegmentsReadsTopLevelText()
    {
        var turn = Assert.Single(Read("{\"text\": \" Only the text.\", \"segments\": []}").Turns);
        Assert.Equal("Only the text.", turn.Text);
        Assert.Null(turn.Start);
    }

    [Fact]
    public void WhisperJsonReader_Read_NoTextAtAllRefused()
    {
        var error = Fails("{\"segments\": [{\"text\": \"  \"}]}");
        Assert.Contains("no speech", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void WhisperJsonReader_Read_Utf16FileWithCrLf()
    {
        var json = "{\r\n\"segments\": [\r\n{\"text\": \"a\"},\r\n{\"text\": \"b\", \"speaker\": \"X\"}\r\n]}";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(json)).ToArray();
        var transcript = Reader.Read(new TranscriptInput(bytes, "w.json"), CancellationToken.None);
        Assert.Equal(new[] { 3, 4 }, transcript.Turns.Select(t => t.Line));
    }

    [Fact]
    public void WhisperJsonReader_Read_ThroughDefaultPipeline()
    {
        var transcript = BriefingPipeline.Default.ParseText("{\"segments\": [{\"start\": 0.5, \"end\": 1.25, \"text\": \" Hello.\"}]}", "rec.json");
        Assert.Equal(TranscriptFormat.WhisperJson, transcript.Format);
        Assert.Equal("rec.json", transcript.Source);
        Assert.Equal(TimeSpan.FromMilliseconds(1250), transcript.Turns[0].End);
    }
}
