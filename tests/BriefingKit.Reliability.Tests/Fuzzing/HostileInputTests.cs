// Named hostile inputs, each once: what a fuzzer rarely builds by chance (a 3 MB line, thousands of
// speakers, JSON nested 100,000 deep or 40,000 segments long, zip bombs, external relationships,
// broken timestamps, other encodings). Each ends in a model or a clean refusal within its bound.
using System;
using System.Globalization;
using System.Linq;
using System.Text;
using BriefingKit.Reliability.Tests.Fuzzing;

namespace BriefingKit.Reliability.Tests.Fuzzing;

public sealed class HostileInputTests
{
    /// <summary>
    /// Megabyte inputs get four times the usual case bound: CI runs test assemblies side by side on two
    /// cores, and these cases measure that work ends, not how fast (the benchmarks do that).
    /// </summary>
    private static ParseOutcome Run(string name, byte[] bytes, TranscriptFormat? format, string recipe)
    {
        var tally = FuzzReport.Start("hostile named inputs");
        var bound = bytes.Length > 1_000_000 ? FuzzSettings.CaseTimeout * 4 : FuzzSettings.CaseTimeout;
        var outcome = BoundedParse.Run(Parsers.Parser, new FuzzCase(recipe, bytes, name, format), bound);
        if (outcome.Model is { } model)
        {
            ModelChecks.Check(model, new FuzzCase(recipe, bytes, name, format));
            tally.Model(outcome.Elapsed);
        }
        else
        {
            tally.Refusal(outcome.Elapsed);
        }
        FuzzReport.Finish(tally);
        return outcome;
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static TheoryData<TranscriptFormat?> LongLineFormats =>
        [null, TranscriptFormat.SpeakerLabelled, TranscriptFormat.Markdown, TranscriptFormat.Prose, TranscriptFormat.WebVtt, TranscriptFormat.Srt];

    [Theory]
    [MemberData(nameof(LongLineFormats))]
    public void A_3_MB_line_without_a_line_end_ends_in_time(TranscriptFormat? format)
    {
        var line = "MR SPEAKER: " + Mutations.LongLine(new Random(3), 3 * 1024 * 1024);
        Run("long-line.txt", Utf8(line), format, "3 MB line");
    }

    [Fact]
    public void Thousands_of_speakers_in_labelled_text_are_all_kept()
    {
        var text = new StringBuilder();
        // Two rounds, so that every label recurs as a transcript's labels do.
        for (var round = 0; round < 2; round++)
            for (var i = 0; i < 5000; i++) text.Append(CultureInfo.InvariantCulture, $"MR {Letters(i).ToUpperInvariant()}: Thank you for item {i}.\n\n");
        var outcome = Run("crowd.txt", Utf8(text.ToString()), TranscriptFormat.SpeakerLabelled, "5000 speakers, labelled");
        Assert.True(outcome.Model is not null, outcome.Refusal?.Message);
        Assert.True(outcome.Model!.Speakers.Count >= 5000, $"{outcome.Model.Speakers.Count} speakers");
    }

    [Fact]
    public void Thousands_of_voices_in_webvtt_are_all_kept()
    {
        var text = new StringBuilder("WEBVTT\n\n");
        for (var i = 0; i < 5000; i++)
            text.Append(Documents.Timestamp(null!, i, '.')).Append(" --> ").Append(Documents.Timestamp(null!, i + 0.5, '.'))
                .Append(CultureInfo.InvariantCulture, $"\n<v Voice {Letters(i)}>Point {i} noted.</v>\n\n");
        var outcome = Run("crowd.vtt", Utf8(text.ToString()), TranscriptFormat.WebVtt, "5000 voices, WebVTT");
        Assert.NotNull(outcome.Model);
        Assert.True(outcome.Model!.Speakers.Count >= 5000, $"{outcome.Model.Speakers.Count} speakers");
    }

    public static TheoryData<TranscriptFormat?> JsonFormats =>
        [null, TranscriptFormat.WhisperJson, TranscriptFormat.AwsTranscribeJson, TranscriptFormat.BriefingKitJson];

    [Theory]
    [MemberData(nameof(JsonFormats))]
    public void Json_nested_100000_deep_is_refused_cleanly(TranscriptFormat? format)
    {
        var json = "{\"segments\": " + new string('[', 100_000) + new string(']', 100_000) + "}";
        var outcome = Run("deep.json", Utf8(json), format, "JSON nested 100,000 deep");
        Assert.NotNull(outcome.Refusal);
    }

    [Theory]
    [MemberData(nameof(JsonFormats))]
    public void Json_with_40000_segments_ends_in_time(TranscriptFormat? format)
    {
        var json = new StringBuilder("{\"text\": \"\", \"segments\": [");
        for (var i = 0; i < 40_000; i++)
            json.Append(i == 0 ? string.Empty : ",").Append(CultureInfo.InvariantCulture, $"{{\"id\": {i}, \"start\": {i}.0, \"end\": {i}.5, \"text\": \" Item {i} is agreed.\", \"speaker\": \"SPEAKER_{i % 40:00}\"}}");
        json.Append("]}");
        Run("huge.json", Utf8(json.ToString()), format, "Whisper JSON, 40,000 segments");
    }

    [Theory]
    [InlineData("99999999:00:00.000 --> 99999999:00:01.000")]
    [InlineData("00:61:00.000 --> 00:62:00.000")]
    [InlineData("-00:00:01.000 --> 00:00:02.000")]
    [InlineData("00:00:05.000 --> 00:00:01.000")]
    [InlineData("00:00:01.000 -->")]
    [InlineData("--> 00:00:01.000")]
    [InlineData("00:00:01.0000000000001 --> 00:00:02.000")]
    [InlineData("٠٠:٠٠:٠١.٠٠٠ --> ٠٠:٠٠:٠٢.٠٠٠")]
    [InlineData("00:00:01,000 --> 00:00:02,000 --> 00:00:03,000")]
    [InlineData("1e9 --> 2e9")]
    public void Malformed_caption_timestamps_end_in_a_model_or_a_clean_refusal(string timing)
    {
        var vtt = $"WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Ada>Opening.</v>\n\n{timing}\n<v Li>Broken time.</v>\n\n00:00:09.000 --> 00:00:10.000\nClosing.\n";
        Run("times.vtt", Utf8(vtt), TranscriptFormat.WebVtt, "WebVTT timing " + timing);
        var srt = $"1\n00:00:00,000 --> 00:00:01,000\nOpening.\n\n2\n{timing.Replace('.', ',')}\nBroken time.\n\n3\n00:00:09,000 --> 00:00:10,000\nClosing.\n";
        Run("times.srt", Utf8(srt), TranscriptFormat.Srt, "SRT timing " + timing);
    }

    [Fact]
    public void Windows_1252_text_is_refused_with_its_line_and_encoding()
    {
        var text = "MS. ROE: Good morning.\n\nMR DOE: The “plan” is agreed – fully.\n";
        var outcome = Run("ansi.txt", Mutations.Windows1252.GetBytes(text), null, "Windows-1252");
        Assert.NotNull(outcome.Refusal);
        Assert.Equal(3, outcome.Refusal!.Line);
        Assert.Contains("Windows-1252", outcome.Refusal.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \n\r\n\t ")]
    public void Empty_input_is_refused_as_empty(string text)
    {
        var outcome = Run("empty.txt", Utf8(text), null, "empty");
        Assert.Contains("empty", outcome.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_reading()
    {
        var outcome = Run("big.txt", new byte[BriefingKitOptions.DefaultMaxInputBytes + 1], null, "over 50 MB");
        Assert.Contains("size limit", outcome.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_zip_bomb_is_refused()
    {
        var outcome = Run("bomb.docx", DocxInputs.ZipBomb(150), null, "zip bomb: 150 MB of zeros");
        Assert.Contains("zip bomb", outcome.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_whose_zip_directory_understates_a_size_is_refused()
    {
        var outcome = Run("liar.docx", DocxInputs.LyingSizes(), TranscriptFormat.Docx, "zip sizes understated");
        Assert.NotNull(outcome.Refusal);
    }

    [Fact]
    public void A_docx_with_too_many_entries_is_refused()
    {
        var outcome = Run("many.docx", DocxInputs.ManyEntries(10_001), null, "10,001 zip entries");
        Assert.Contains("zip bomb", outcome.Refusal!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docx_with_external_relationships_is_read_without_fetching_them()
    {
        var docx = DocxInputs.Build(new Random(4), 6, new StringBuilder());
        using var stream = new System.IO.MemoryStream();
        stream.Write(docx);
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, true))
            DocxInputs.AddExternalRelationships(document.MainDocumentPart!, document.MainDocumentPart!.Document!.Body!, new StringBuilder());
        // The links point at a documentation-only address (TEST-NET-3) and a file: a fetch would hang or fail.
        var outcome = Run("linked.docx", stream.ToArray(), null, "external relationships");
        Assert.NotNull(outcome.Model);
        Assert.True(outcome.Elapsed < TimeSpan.FromSeconds(20), outcome.Elapsed.ToString());
    }

    private static string Letters(int i)
    {
        var s = new StringBuilder();
        do
        {
            s.Insert(0, (char)('a' + (i % 26)));
            i /= 26;
        }
        while (i > 0);
        s[0] = char.ToUpperInvariant(s[0]);
        return s.ToString();
    }
}
