// Unit tests of the Amazon Transcribe Call Analytics / Contact Lens layout of the AWS reader:
// detection, roles, merging, skipped segments and errors.
using System;
using System.Linq;
using System.Threading;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class AwsCallAnalyticsJsonTests
{
    private static readonly AwsTranscribeJsonReader Reader = new();

    private static Transcript Read(string json) => Reader.Read(JsonTestInput.Of(json), CancellationToken.None);

    private static TranscriptFormatException Fails(string json) =>
        Assert.Throws<TranscriptFormatException>(() => Read(json));

    private static string Segment(string role, string content, int begin, int end) =>
        FormattableString.Invariant($"{{\"LoudnessScores\": [80.1], \"Content\": \"{content}\", \"Id\": \"x\", \"BeginOffsetMillis\": {begin}, \"EndOffsetMillis\": {end}, \"Sentiment\": \"NEUTRAL\", \"ParticipantRole\": \"{role}\"}}");

    [Fact]
    public void AwsTranscribeJsonReader_Detect_CallAnalyticsTranscript()
    {
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of("{\"JobStatus\": \"COMPLETED\", \"Transcript\": [" + Segment("AGENT", "Hi.", 0, 900) + "]}")));
        // Contact Lens: ids instead of roles, characteristics before the transcript.
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of("{\"ConversationCharacteristics\": {\"Sentiment\": {}}, \"Transcript\": [{\"Content\": \"Hi.\", \"ParticipantId\": \"A1\"}]}")));
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of("{\"JobStatus\": \"COMPLETED\", \"Transcript\": []}")));
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of("{\"Segments\": [{\"Utterance\": {\"PartialContent\": \"Hi\"}}]}")));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Detect_OtherTranscriptKeysScoreZero()
    {
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"Transcript\": \"Just a string.\"}")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"Transcript\": [{\"text\": \"Hi\", \"speaker\": \"A\"}]}")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"Segments\": [{\"start\": 0, \"text\": \"Hi\"}]}")));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_RolesBecomeSpeakersAndConsecutiveSegmentsMerge()
    {
        var transcript = Read("{\"JobName\": \" call-7 \", \"Transcript\": [\n" +
            Segment("AGENT", "Hello, how can I help?", 100, 2000) + ",\n" +
            Segment("CUSTOMER", "My order is late.", 2500, 4000) + ",\n" +
            Segment("CUSTOMER", "It was due Monday.", 4100, 5600) + ",\n" +
            Segment("AGENT", "Let me check.", 6000, 7000) + "\n]}");

        Assert.Equal("call-7", transcript.Title);
        Assert.Equal(TranscriptFormat.AwsTranscribeJson, transcript.Format);
        Assert.Equal(new[] { ("s1", "Agent", "AGENT"), ("s2", "Customer", "CUSTOMER") }, transcript.Speakers.Select(s => (s.Id, s.Name, s.Label!)));
        Assert.All(transcript.Speakers, s => Assert.Equal(SpeakerKind.Unknown, s.Kind));
        Assert.Equal(new[] { "Hello, how can I help?", "My order is late. It was due Monday.", "Let me check." }, transcript.Turns.Select(t => t.Text));
        Assert.Equal(new[] { 2, 3, 5 }, transcript.Turns.Select(t => t.Line));
        Assert.Equal(TimeSpan.FromMilliseconds(2500), transcript.Turns[1].Start);
        Assert.Equal(TimeSpan.FromMilliseconds(5600), transcript.Turns[1].End);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_NoRoleMeansNoSpeakerNotAKey()
    {
        // Sentiment, loudness and the other keys of a segment are analytics, never a speaker.
        var transcript = Read("{\"JobStatus\": \"COMPLETED\", \"Transcript\": [{\"Sentiment\": \"NEGATIVE\", \"LoudnessScores\": [1], \"Content\": \"Who is this?\", \"BeginOffsetMillis\": 0, \"EndOffsetMillis\": 900}]," +
            " \"ConversationCharacteristics\": {\"Sentiment\": {\"OverallSentiment\": {\"AGENT\": 1}}, \"Interruptions\": {\"TotalCount\": 0}}}");
        Assert.Empty(transcript.Speakers);
        Assert.Null(Assert.Single(transcript.Turns).Speaker);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_ParticipantIdsMapToRoles()
    {
        var transcript = Read("{\"Participants\": [{\"ParticipantId\": \"p-9\", \"ParticipantRole\": \"CUSTOMER\"}], \"Transcript\": [" +
            "{\"Content\": \"Hi.\", \"ParticipantId\": \"p-9\"}, {\"Content\": \"Hello.\", \"ParticipantId\": \"p-4\"}, {\"Content\": \"One moment.\", \"ParticipantRole\": \"SUPERVISOR_TEAM\"}]}");
        Assert.Equal(new[] { ("Customer", "CUSTOMER"), ("p-4", "p-4"), ("SUPERVISOR_TEAM", "SUPERVISOR_TEAM") }, transcript.Speakers.Select(s => (s.Name, s.Label!)));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_RealTimeSegmentsSkipUtterancesAndCategories()
    {
        var transcript = Read("{\"Segments\": [\n{\"Utterance\": {\"ParticipantRole\": \"AGENT\", \"PartialContent\": \"Good\"}},\n" +
            "{\"Transcript\": " + Segment("AGENT", "Good morning.", 0, 1200) + "},\n{\"Categories\": {\"MatchedCategories\": [\"greeting\"]}},\n" +
            "{\"Transcript\": " + Segment("CUSTOMER", "Morning.", 1500, 2100) + "}\n]}");
        Assert.Equal(new[] { "Good morning.", "Morning." }, transcript.Turns.Select(t => t.Text));
        Assert.Equal(new[] { 3, 5 }, transcript.Turns.Select(t => t.Line));
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_ChatEventsAreSkipped()
    {
        var transcript = Read("{\"Transcript\": [{\"Type\": \"EVENT\", \"ParticipantRole\": \"AGENT\", \"ContentType\": \"application/vnd.amazonaws.connect.event.participant.joined\"}," +
            " {\"Type\": \"MESSAGE\", \"ParticipantRole\": \"CUSTOMER\", \"Content\": \"Is anyone there?\"}]}");
        Assert.Equal("Customer", Assert.Single(transcript.Speakers).Name);
        Assert.Equal("Is anyone there?", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void AwsTranscribeJsonReader_Read_CallAnalyticsErrorsNameFieldAndLine()
    {
        var missing = Fails("{\"Transcript\": [\n" + Segment("AGENT", "Hi.", 0, 1) + ",\n{\"ParticipantRole\": \"CUSTOMER\"}\n]}");
        Assert.Equal(3, missing.Line);
        Assert.Contains("'Transcript[1].Content'", missing.Reason, StringComparison.Ordinal);

        var time = Fails("{\"Transcript\": [{\"Content\": \"Hi.\", \"BeginOffsetMillis\": \"soon\"}]}");
        Assert.Contains("'Transcript[0].BeginOffsetMillis' must be a time in milliseconds", time.Reason, StringComparison.Ordinal);

        Assert.Contains("'Transcript' must be an array", Fails("{\"Transcript\": {\"TranscriptFileUri\": \"s3://b/k.json\"}}").Reason, StringComparison.Ordinal);
        Assert.Contains("no speech", Fails("{\"JobStatus\": \"COMPLETED\", \"Transcript\": []}").Reason, StringComparison.Ordinal);
    }
}
