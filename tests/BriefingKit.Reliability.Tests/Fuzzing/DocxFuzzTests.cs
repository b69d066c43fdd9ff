// Property: a .docx transcript damaged in its zip bytes or its XML, or carrying external
// relationships, reads to a model or a clean refusal within the case bound.
using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace BriefingKit.Reliability.Tests.Fuzzing;

public sealed class DocxFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Damaged_docx_files_end_in_a_model_or_a_clean_refusal()
    {
        var parser = Parsers.Parser;
        var tally = FuzzReport.Start("damaged Docx");
        Prop.ForAll(ReaderFuzzTests.Seeds, c =>
        {
            var r = new Random(c.Seed);
            var recipe = new StringBuilder("Docx seed ").Append(c.Seed).Append(" size ").Append(c.Size);
            var bytes = DocxInputs.Build(r, c.Size, recipe);
            switch (r.Next(10))
            {
                case < 4:
                    bytes = DocxInputs.DamageXml(bytes, r, recipe);
                    break;
                case < 7:
                    for (var i = r.Next(1, 3); i > 0; i--) bytes = Mutations.EditBytes(bytes, r, recipe);
                    break;
            }
            var forced = r.Next(2) == 0 ? TranscriptFormat.Docx : (TranscriptFormat?)null;
            var fuzzCase = new FuzzCase(recipe.ToString(), bytes, "fuzz-" + c.Seed + FileNames.Extension(TranscriptFormat.Docx, r), forced);
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
        }).Check(FuzzSettings.For("damaged Docx", 60));
        output.WriteLine(FuzzReport.Finish(tally));
    }
}
