// Unit tests of the BriefingKit model JSON reader: round trips, arrays, missing fields.
using System;
using System.Threading;
using BriefingKit.Json;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class BriefingKitJsonReaderTests
{
    private static readonly BriefingKitJsonReader Reader = new();

    private static Transcript Read(string json) => Reader.Read(JsonTestInput.Of(json), CancellationToken.None);

    private static TranscriptFormatException Fails(string json) =>
        Assert.Throws<TranscriptFormatException>(() => Read(json));

    internal static Transcript Rich() => new()
    {
        Title = "Joint Press Availability",
        Date = new DateTime(2017, 4, 12),
        Source = "corpus/tillerson-lavrov.txt",
        Url = "https://2017-2021.state.gov/joint-press-availability/",
        Format = TranscriptFormat.SpeakerLabelled,
        Kind = TranscriptKind.PressConference,
        Speakers = new[]
        {
            new Speaker("s1", "Rex Tillerson") { Label = "SECRETARY TILLERSON", Role = "Secretary of State", Affiliation = "United States", Kind = SpeakerKind.Official },
            new Speaker("s2", "Sergey Lavrov") { Label = "FOREIGN MINISTER LAVROV", Role = "Foreign Minister", Affiliation = "Russia", Kind = SpeakerKind.Official },
            new Speaker("s3", "Interpreter") { Kind = SpeakerKind.Interpreter },
        },
        Turns = new[]
        {
            new Turn("Thank you. We had a productive meeting.") { Speaker = "s1", Kind = TurnKind.Statement, Start = TimeSpan.FromMilliseconds(5320), End = new TimeSpan(0, 26, 1, 2, 3), Line = 12 },
            new Turn("Will you set up a working group?") { Speaker = "s3", Kind = TurnKind.Question, Line = 20 },
            new Turn("Yes.") { Kind = TurnKind.Answer, Line = 21 },
        },
        Annotations = new[] { new Annotation("(Laughter.)", 14), new Annotation("5:05 P.M. EDT", 1) },
        Quotes = new[] { new Quote("cannot have this kind of relationship") { Speaker = "s1", Cue = "said", Kind = QuoteKind.Indirect, Line = 11 } },
        Issues = new[] { new IssueMention("north-korea", "North Korea") { Mentions = 2 }, new IssueMention("syria", "Syria") },
        Positions = new[] { new Position("United States", "chemical-weapons", Stance.Reject) { Speaker = "s1", Evidence = "we reject the proposal", Line = 30 } },
        Commitments = new[] { new Commitment(new[] { "United States", "Russia" }, "establish a working group") { Issue = "bilateral-relations", Line = 23 } },
        Summary = new[] { "First sentence.", "Second — with “quotes” and ünïcödé." },
        Diagnostics = new[] { new Diagnostic(DiagnosticSeverity.Warning, 3, "removed 1 control character") },
    };

    [Fact]
    public void BriefingKitJsonReader_Read_RoundTripGivesEqualModel()
    {
        var original = Rich();
        var json = TranscriptJson.Serialize(original);
        var read = Read(json);
        Assert.Equal(original, read);
        Assert.Equal(json, TranscriptJson.Serialize(read));
    }

    [Fact]
    public void BriefingKitJsonReader_Read_RoundTripThroughPipelineKeepsFormatAndSource()
    {
        var read = BriefingPipeline.Default.ParseText(TranscriptJson.Serialize(Rich()), "saved.json");
        Assert.Equal(TranscriptFormat.SpeakerLabelled, read.Format);
        Assert.Equal("corpus/tillerson-lavrov.txt", read.Source);
    }

    [Fact]
    public void BriefingKitJsonReader_Detect_ModelJson()
    {
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of(TranscriptJson.Serialize(Rich()))));
        Assert.Equal(95, Reader.Detect(JsonTestInput.Of(TranscriptJson.Serialize(new[] { Rich(), Rich() }))));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"segments\": [], \"format\": \"x\"}")));
        Assert.Equal(0, Reader.Detect(JsonTestInput.Of("{\"turns\": []}")));
    }

    [Fact]
    public void BriefingKitJsonReader_Read_ArrayOfSeveralRefused()
    {
        var error = Fails(TranscriptJson.Serialize(new[] { Rich(), Rich() }));
        Assert.Contains("2 transcripts", error.Reason, StringComparison.Ordinal);
        Assert.Contains("own file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_ArrayOfOneRead()
    {
        Assert.Equal(Rich(), Read(TranscriptJson.Serialize(new[] { Rich() })));
        Fails("[]");
    }

    [Fact]
    public void BriefingKitJsonReader_Read_WithoutFormatIsBriefingKitJson()
    {
        var transcript = Read("{\"speakers\": [], \"turns\": [{\"text\": \"Hi.\"}]}");
        Assert.Equal(TranscriptFormat.BriefingKitJson, transcript.Format);
        Assert.Equal("Hi.", transcript.Turns[0].Text);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_MissingTurnTextNamesFieldAndLine()
    {
        var error = Fails("{\n\"format\": \"srt\",\n\"turns\": [\n  {\"text\": \"a\"},\n  {\"speaker\": \"s1\"}\n]}");
        Assert.Equal(5, error.Line);
        Assert.Contains("'turns[1].text'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_MissingSpeakerIdNamesField()
    {
        var error = Fails("{\"speakers\": [{\"name\": \"A\"}], \"turns\": []}");
        Assert.Contains("'speakers[0].id'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_NullListBecomesEmpty()
    {
        var transcript = Read("{\"format\": \"srt\", \"speakers\": null, \"turns\": []}");
        Assert.Same(ValueList<Speaker>.Empty, transcript.Speakers);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_UnknownEnumNamesLine()
    {
        var error = Fails("{\n\"turns\": [],\n\"format\": \"pdf\"\n}");
        Assert.Equal(3, error.Line);
        Assert.Contains("$.format", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_InvalidJsonNamesLine()
    {
        var error = Fails("{\n\"turns\": [\n{\"text\": \"a\"\n]}");
        Assert.Equal(4, error.Line);
        Assert.StartsWith("not valid JSON", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_EscapedControlCharactersRemoved()
    {
        var transcript = Read("{\"format\": \"srt\", \"title\": \"T\\u0007itle\", \"turns\": [{\"text\": \"a\\u0000b\"}]}");
        Assert.Equal("Title", transcript.Title);
        Assert.Equal("ab", transcript.Turns[0].Text);
    }

    [Fact]
    public void BriefingKitJsonReader_Read_OverflowingTimeRefused()
    {
        Fails("{\"format\": \"srt\", \"turns\": [{\"text\": \"a\", \"start\": \"99999999999:00:00.000\"}]}");
        Fails("{\"format\": \"srt\", \"turns\": [{\"text\": \"a\", \"start\": \"2147483647:00:00.000\"}]}");
    }
}
