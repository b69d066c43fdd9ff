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
}
