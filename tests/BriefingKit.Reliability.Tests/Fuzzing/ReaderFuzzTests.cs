// Property: whatever bytes reach a reader — a well-formed document of its format damaged by
// truncation, NULs, random bytes, another encoding, CR-only lines, long or repeated lines,
// unbalanced quotes or broken timestamps — the parse ends, within the case bound, in a model that
// keeps the model's promises or in a clean TranscriptFormatException (file, line, reason).
using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace BriefingKit.Reliability.Tests.Fuzzing;

public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    public static TheoryData<TranscriptFormat> TextFormats =>
    [
        TranscriptFormat.SpeakerLabelled, TranscriptFormat.Markdown, TranscriptFormat.Prose, TranscriptFormat.WebVtt,
        TranscriptFormat.Srt, TranscriptFormat.WhisperJson, TranscriptFormat.AwsTranscribeJson, TranscriptFormat.BriefingKitJson,
    ];

    /// <summary>A seed for System.Random and a size, drawn by FsCheck from the run's seed.</summary>
    internal static Arbitrary<(int Seed, int Size)> Seeds { get; } =
        Arb.From(Gen.Sized(size => Gen.Choose(0, int.MaxValue).Select(seed => (seed, size))));

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Damaged_documents_end_in_a_model_or_a_clean_refusal(TranscriptFormat format)
    {
        var parser = Parsers.Parser;
        var tally = FuzzReport.Start("damaged " + format);
        Prop.ForAll(Seeds, c =>
        {
            var r = new Random(c.Seed);
            var recipe = new StringBuilder().Append(format).Append(" seed ").Append(c.Seed).Append(" size ").Append(c.Size);
            var text = Documents.Build(format, r, c.Size);
            // JSON formats first get damage that keeps them JSON, so that their validation is reached too.
            if (IsJson(format) && r.Next(3) != 0) text = JsonMutations.Apply(text, r, recipe.Append(" json:"));
            var bytes = r.Next(3) == 0 && IsJson(format) ? Encoding.UTF8.GetBytes(text) : Mutations.Apply(text, r, recipe);
            // Half the cases force the reader under test; the others go through format detection.
            var forced = r.Next(2) == 0 ? format : (TranscriptFormat?)null;
            var fuzzCase = new FuzzCase(recipe.ToString(), bytes, "fuzz-" + c.Seed + FileNames.Extension(format, r), forced);
            var outcome = BoundedParse.Run(parser, fuzzCase);
            if (outcome.Model is { } model)
            {
                ModelChecks.Check(model, fuzzCase);
                tally.Model(outcome.Elapsed);
            }
            else
            {
                tally.Refusal(outcome.Elapsed);
            }
        }).Check(FuzzSettings.For("damaged " + format, 60));
        output.WriteLine(FuzzReport.Finish(tally));
    }

    private static bool IsJson(TranscriptFormat format) =>
        format is TranscriptFormat.WhisperJson or TranscriptFormat.AwsTranscribeJson or TranscriptFormat.BriefingKitJson;

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void Well_formed_documents_read_to_a_model_in_any_unicode_encoding(TranscriptFormat format)
    {
        var parser = Parsers.Parser;
        var tally = FuzzReport.Start("well-formed " + format);
        Prop.ForAll(Seeds, c =>
        {
            var r = new Random(c.Seed);
            var text = Documents.Build(format, r, c.Size);
            var encoding = r.Next(5) switch
            {
                0 => new UnicodeEncoding(false, true),
                1 => new UnicodeEncoding(true, true),
                2 => (Encoding)new UnicodeEncoding(false, false),
                3 => new UTF8Encoding(true),
                _ => new UTF8Encoding(false),
            };
            if (r.Next(3) == 0) text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
            byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
            var recipe = $"{format} seed {c.Seed} size {c.Size} as {encoding.WebName}{(encoding.GetPreamble().Length > 0 ? "+bom" : string.Empty)}";
            var fuzzCase = new FuzzCase(recipe, bytes, "doc-" + c.Seed + FileNames.Extension(format, null), format);
            var outcome = BoundedParse.Run(parser, fuzzCase);
            if (outcome.Model is null)
                throw new FuzzFailure($"a well-formed document was refused: {outcome.Refusal!.Message} / {fuzzCase}");
            ModelChecks.Check(outcome.Model, fuzzCase);
            if (outcome.Model.Turns.Count == 0)
                throw new FuzzFailure($"a well-formed document gave no turns: {fuzzCase}");
            tally.Model(outcome.Elapsed);
        }).Check(FuzzSettings.For("well-formed " + format, 25));
        output.WriteLine(FuzzReport.Finish(tally));
    }
}

internal static class FileNames
{
    /// <summary>The format's usual extension, or (with <paramref name="r"/>, one time in four) a misleading one.</summary>
    public static string Extension(TranscriptFormat format, Random? r)
    {
        if (r is not null && r.Next(4) == 0)
        {
            string[] others = [".txt", ".md", ".vtt", ".srt", ".json", ".docx", ".bin", string.Empty];
            return others[r.Next(others.Length)];
        }
        return format switch
        {
            TranscriptFormat.SpeakerLabelled or TranscriptFormat.Prose => ".txt",
            TranscriptFormat.Markdown => ".md",
            TranscriptFormat.WebVtt => ".vtt",
            TranscriptFormat.Srt => ".srt",
            TranscriptFormat.Docx => ".docx",
            _ => ".json",
        };
    }
}
