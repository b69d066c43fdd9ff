// Unit tests of the Amazon Transcribe JSON reader: detection, speaker mapping, errors.
using System;
using System.Linq;
using System.Threading;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class AwsTranscribeJsonReaderTests
{
    private static readonly AwsTranscribeJsonReader Reader = new();

    private static Transcript Read(string json) => Reader.Read(JsonTestInput.Of(json), CancellationToken.None);

    private static TranscriptFormatException Fails(string json) =>
        Assert.Throws<TranscriptFormatException>(() => Read(json));

    private static string Word(string content, double start, double end, string? speaker = null) =>
        FormattableString.Invariant($"{{\"type\": \"pronunciation\", \"start_time\": \"{start}\", \"end_time\": \"{end}\", \"alternatives\": [{{\"content\": \"{content}\"}}]")
        + (speaker is null ? string.Empty : ", \"speaker_label\": \"" + speaker + "\"") + "}";

    private static string Mark(string content) => "{\"type\": \"punctuation\", \"alternatives\": [{\"content\": \"" + content + "\"}]}";

    [Fact]
    public void AwsTranscribeJsonReader_Detect_JobOutput()
    {
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of("{\"jobName\": \"j\", \"results\": {}}")));
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of("{\"results\": {\"transcripts\": [], \"items\": []}}")));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Detect_OtherJsonScoresZero()
    {
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"results\": {\"count\": 3}}")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"segments\": []}")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("not json at all")));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_PunctuationAttachesToPreviousWord()
    {
        var transcript = Read("{\"results\": {\"items\": [" + Word("Hello", 0, 0.5, "spk_0") + "," + Mark(",") + "," +
            Word("world", 0.6, 1, "spk_0") + "," + Mark("!") + "]}}");
        Assert.Equal("Hello, world!", Assert.Single(transcript.Turns).Text);
        Assert.Equal(TranscriptFormat.AwsTranscribeJson, transcript.Format);
        Assert.Equal(TranscriptKind.Meeting, transcript.Kind);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_SpeakerFromSegmentTimeSpan()
    {
        // The word at 2.5 is not listed in the segment's items, but falls inside its span.
        var transcript = Read("{\"results\": {\"speaker_labels\": {\"segments\": [" +
            "{\"start_time\": \"0\", \"end_time\": \"2\", \"speaker_label\": \"spk_1\", \"items\": []}," +
            "{\"start_time\": \"2\", \"end_time\": \"3\", \"speaker_label\": \"spk_0\", \"items\": []}]}, \"items\": [" +
            Word("First", 0.1, 1.9) + "," + Word("second", 2.5, 2.9) + "," + Word("stray", 9, 9.5) + "]}}");
        Assert.Equal(new[] { "s1", "s2", null }, transcript.Turns.Select(t => t.Speaker));
        Assert.Equal(new[] { "spk_1", "spk_0" }, transcript.Speakers.Select(s => s.Label));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_NoSpeakersSplitsAtLongPause()
    {
        var transcript = Read("{\"results\": {\"items\": [" + Word("One", 0, 1) + "," + Word("two", 1.1, 2) + "," +
            Mark(".") + "," + Word("Three", 5, 6) + "]}}");
        Assert.Equal(new[] { "One two.", "Three" }, transcript.Turns.Select(t => t.Text));
        Assert.Empty(transcript.Speakers);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_NoSpeakersLongTurnSplitsAtSentenceEnd()
    {
        var words = Enumerable.Range(0, 400).Select(i => Word("word", i * 0.1, (i * 0.1) + 0.05)).ToList();
        words.Insert(250, Mark("."));
        var transcript = Read("{\"results\": {\"items\": [" + string.Join(",", words) + "]}}");
        Assert.Equal(2, transcript.Turns.Count);
        Assert.EndsWith("word.", transcript.Turns[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_EmptyItemsReadsTranscriptText()
    {
        var transcript = Read("{\"jobName\": \" job \", \"results\": {\"transcripts\": [{\"transcript\": \"Just text.\"}], \"items\": []}}");
        Assert.Equal("Just text.", Assert.Single(transcript.Turns).Text);
        Assert.Equal("job", transcript.Title);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_MissingItemsNamesField()
    {
        Assert.Contains("'results.items'", Fails("{\"jobName\": \"j\", \"results\": {\"transcripts\": []}}").Reason, StringComparison.Ordinal);
        Assert.Contains("'results'", Fails("{\"jobName\": \"j\"}").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_MissingContentNamesFieldAndLine()
    {
        var error = Fails("{\"results\": {\"items\": [\n" + Word("a", 0, 1) + ",\n{\"type\": \"pronunciation\", \"alternatives\": [{\"confidence\": \"0.9\"}]}\n]}}");
        Assert.Equal(3, error.Line);
        Assert.Contains("'results.items[1].alternatives[0].content'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_BadTimeNamesField()
    {
        var error = Fails("{\"results\": {\"items\": [{\"start_time\": \"abc\", \"alternatives\": [{\"content\": \"a\"}]}]}}");
        Assert.Contains("'results.items[0].start_time'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_InvalidJsonNamesLine()
    {
        var error = Fails("{\n\"results\": {\n\"items\": [,]\n}}");
        Assert.Equal(3, error.Line);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }
}
