// Inputs the fuzzers found that once failed, kept as plain tests so the fixes stay fixed.
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace BriefingKit.Reliability.Tests.Fuzzing;

public sealed class RegressionTests
{
    // Found by "well-formed SpeakerLabelled/WebVtt/…" (seed 20261207): UTF-16 without a byte order mark was
    // refused as binary data when the text held one character whose low byte is zero (Korean 준 is U+C900).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Utf16_without_a_byte_order_mark_may_hold_characters_with_a_zero_byte(bool bigEndian)
    {
        const string text = "김민준: We will review the budget next week.\n\nĀda Brennan: Agreed, and the allies support it.\n";
        var bytes = new UnicodeEncoding(bigEndian, false).GetBytes(text);
        using var stream = new MemoryStream(bytes);
        var transcript = await Parsers.Parser.ParseAsync(stream, "meeting.txt");
        // Decoded as the text it is: the names and words come through whole, wherever the reader puts them.
        var all = string.Join("\n", transcript.Speakers.Select(s => s.Name).Concat(transcript.Turns.Select(t => t.Text)));
        Assert.Contains("김민준", all, System.StringComparison.Ordinal);
        Assert.Contains("allies support it", all, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_data_with_zeros_on_both_sides_is_still_refused_as_binary()
    {
        var bytes = Enumerable.Range(0, 4096).Select(i => (byte)(i % 3 == 0 ? 0 : i % 251)).ToArray();
        using var stream = new MemoryStream(bytes);
        var error = await Assert.ThrowsAsync<TranscriptFormatException>(() => Parsers.Parser.ParseAsync(stream, "blob.txt"));
        Assert.Equal("blob.txt", error.FileName);
        Assert.Contains("binary", error.Reason, System.StringComparison.Ordinal);
    }

    // Found by "Thousands_of_voices_in_webvtt" (5,000 voices took over 30 s): SpeakerMerger folded both names
    // of every pair of speakers, O(n²) foldings; 4,000 voices took 11 s in it alone. Now each name is folded
    // once and exact matches are looked up, so 8,000 voices (44 s before) end well within the case bound.
    [Fact]
    public void Eight_thousand_caption_voices_are_analysed_within_the_case_bound()
    {
        var text = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < 8000; i++)
            text.Append(Documents.Timestamp(null, i, '.')).Append(" --> ").Append(Documents.Timestamp(null, i + 0.5, '.'))
                .Append(System.Globalization.CultureInfo.InvariantCulture, $"\n<v Voice {i}x>Point {i} noted.</v>\n\n");
        var fuzzCase = new FuzzCase("8,000 voices", Encoding.UTF8.GetBytes(text.ToString()), "voices.vtt", null);
        var outcome = BoundedParse.Run(Parsers.Parser, fuzzCase);
        Assert.Equal(8000, outcome.Model!.Speakers.Count);
    }

    // Found by "matrix writer" (seed 20261207): text holding half a surrogate pair made EvidenceVoice.Fold throw
    // ArgumentException from string.Normalize, and so did U+FFFE; it now keeps such characters as they are.
    [Fact]
    public async Task The_matrix_writer_takes_evidence_with_half_a_surrogate_pair()
    {
        var transcript = new Transcript
        {
            Title = "Call", Date = new System.DateTime(2021, 4, 12),
            Speakers = ValueList<Speaker>.From([new Speaker("s1", "Ada Brennan")]),
            Turns = ValueList<Turn>.From([new Turn("Japan supports the plan \uD800 and \uFFFE fully.") { Speaker = "s1", Line = 1 }]),
            Positions = ValueList<Position>.From([new Position("Japan", "climate", Stance.Support) { Speaker = "s1", Evidence = "Japan supports the plan \uD800 and \uFFFE fully.", Line = 1 }]),
        };
        using var output = new MemoryStream();
        await Parsers.MatrixWriter.WriteAsync([transcript], output);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        BriefingKit.Tests.Shared.OpenXmlAssert.Valid(document);
    }

    // Found by "matrix writer": a transcript dated in the last days of 9999 threw ArgumentOutOfRangeException
    // from IsoWeek (ISO year 9999 is outside its range); it is now left out like an undated one.
    [Fact]
    public async Task The_matrix_writer_leaves_out_a_transcript_dated_9999_12_31()
    {
        var transcript = new Transcript { Title = "Far future", Date = System.DateTime.MaxValue.Date, Turns = ValueList<Turn>.From([new Turn("Hello.")]) };
        using var output = new MemoryStream();
        await Parsers.MatrixWriter.WriteAsync([transcript], output);
        Assert.True(output.Length > 0);
    }

    // Found by "Json_with_40000_segments (BriefingKitJson)": model JSON without usable "tags" gave a model whose
    // Tags list was null, which every consumer that lists tags would crash on. It is now empty.
    [Fact]
    public async Task Model_json_read_from_another_json_shape_has_no_null_lists()
    {
        var json = "{\"text\": \"\", \"segments\": [{\"id\": 0, \"start\": 0.0, \"end\": 1.0, \"text\": \" Hello.\"}]}";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        try
        {
            var transcript = await Parsers.Parser.ParseAsync(stream, "whisper.json", TranscriptFormat.BriefingKitJson);
            Assert.NotNull(transcript.Tags);
            Assert.NotNull(transcript.Speakers);
        }
        catch (TranscriptFormatException ex)
        {
            Assert.Equal("whisper.json", ex.FileName);
        }
    }
}
