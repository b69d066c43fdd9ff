// The model's JSON contract (SPEC §4) and its round trip.
using System;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BriefingKit.Json;
using BriefingKit.Tests.Support;

namespace BriefingKit.Tests.Json;

public sealed class TranscriptJsonTests
{
    private static Transcript Sample() => new()
    {
        Title = "Sample",
        Date = new DateTime(2021, 4, 15),
        Source = "sample.vtt",
        Format = TranscriptFormat.WebVtt,
        Kind = TranscriptKind.PressBriefing,
        Speakers = new[] { new Speaker("s1", "Jen Psaki") { Label = "MS. PSAKI", Role = "Press Secretary", Affiliation = "United States", Kind = SpeakerKind.Official } },
        Turns = new[] { new Turn("Hi everyone.") { Speaker = "s1", Start = new TimeSpan(0, 1, 2, 5, 320), Line = 12 } },
        Positions = new[] { new Position("United States", "north-korea", Stance.Agree) { Speaker = "s1", Evidence = "…", Line = 19 } },
        Commitments = new[] { new Commitment(new[] { "United States", "Russia" }, "establish a working group") { Issue = "bilateral-relations", Line = 23 } },
        Summary = new[] { "One.", "Two." },
    };

    [Fact]
    public void Serialize_Sample_FollowsContract()
    {
        var json = JsonNode.Parse(TranscriptJson.Serialize(Sample()))!;

        Assert.Equal("2021-04-15", (string?)json["date"]);
        Assert.Equal("webVtt", (string?)json["format"]);
        Assert.Equal("pressBriefing", (string?)json["kind"]);
        Assert.Equal("official", (string?)json["speakers"]![0]!["kind"]);
        Assert.Equal("01:02:05.320", (string?)json["turns"]![0]!["start"]);
        Assert.Equal("agree", (string?)json["positions"]![0]!["stance"]);
        Assert.Null(json["url"]);                    // nulls omitted
        Assert.Null(json["turns"]![0]!["end"]);
        Assert.Equal("United States", (string?)json["commitments"]![0]!["actors"]![0]);
    }

    [Fact]
    public void Deserialize_Serialized_EqualsOriginal()
    {
        var original = Sample();
        Assert.Equal(original, TranscriptJson.Deserialize(TranscriptJson.Serialize(original)));
    }

    [Fact]
    public async Task Deserialize_ParsedCorpusFile_EqualsOriginal()
    {
        await using var stream = File.OpenRead(CorpusFiles.Path("week-2021-15/2021-04-16-remarks-by-president-biden-and-prime-minister-suga-of-japan-at-press-conference.md"));
        var parsed = await BriefingPipeline.Default.ParseAsync(stream, "press-conference.md");

        Assert.Equal(parsed, TranscriptJson.Deserialize(TranscriptJson.Serialize(parsed)));
    }

    [Fact]
    public void DeserializeMany_Array_ReadsEach()
    {
        var json = TranscriptJson.Serialize(new[] { Sample(), Sample() with { Title = "Other" } });
        var list = TranscriptJson.DeserializeMany(json);
        Assert.Equal(new[] { "Sample", "Other" }, new[] { list[0].Title, list[1].Title });
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_ThrowsJsonException() =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => TranscriptJson.Deserialize("{\"format\":\"pdf\"}"));
}
