// Property: the memo and matrix writers take any transcripts a .NET caller can build — ordinary ones
// and hostile ones (control characters, lone surrogates, formula-like text, 40,000-character strings,
// odd links and dates) — and write a document that passes OpenXmlValidator with zero errors, opens
// again, and (the memo) reads back through the parser; within the case bound.
using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace BriefingKit.Reliability.Tests.Fuzzing;

public sealed class WriterFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void The_memo_writer_writes_a_valid_docx_for_any_transcripts()
    {
        var writer = Parsers.MemoWriter;
        var tally = FuzzReport.Start("memo writer");
        Prop.ForAll(ReaderFuzzTests.Seeds, c =>
        {
            var r = new Random(c.Seed);
            var hostile = r.Next(2) == 0;
            var transcripts = Enumerable.Range(0, 1 + r.Next(3)).Select(_ => Models.Transcript(r, Math.Min(c.Size, 40), hostile)).ToList();
            var describe = $"memo seed {c.Seed} size {c.Size} hostile {hostile}";
            var (bytes, elapsed) = Bounded(describe, (stream, ct) => writer.WriteAsync(transcripts, stream, new Word.MemoOptions
            {
                Classification = hostile ? "\u0001SECRET\uD800" : null,
                Subject = hostile ? "=SUM(A1)" : "Weekly",
            }, ct));
            using (var document = WordprocessingDocument.Open(new MemoryStream(bytes), false)) OpenXmlAssert.Valid(document);
            // Read back: the memo is itself a .docx the parser accepts or refuses cleanly.
            var back = BoundedParse.Run(Parsers.Parser, new FuzzCase(describe + " read back", bytes, "memo.docx", null));
            if (back.Model is { } model) ModelChecks.Check(model, new FuzzCase(describe, bytes, "memo.docx", null));
            tally.Done(elapsed);
        }).Check(FuzzSettings.For("memo writer", 30));
        output.WriteLine(FuzzReport.Finish(tally));
    }

    [Fact]
    public void The_matrix_writer_writes_a_valid_xlsx_without_formulas_for_any_transcripts()
    {
        var writer = Parsers.MatrixWriter;
        var tally = FuzzReport.Start("matrix writer");
        Prop.ForAll(ReaderFuzzTests.Seeds, c =>
        {
            var r = new Random(c.Seed);
            var hostile = r.Next(2) == 0;
            var transcripts = Enumerable.Range(0, 1 + r.Next(4)).Select(_ => Models.Transcript(r, Math.Min(c.Size, 40), hostile)).ToList();
            var describe = $"matrix seed {c.Seed} size {c.Size} hostile {hostile}";
            var (bytes, elapsed) = Bounded(describe, (stream, ct) => writer.WriteAsync(transcripts, stream, null, ct));
            using (var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false))
            {
                OpenXmlAssert.Valid(document);
                // Text that looks like a formula is written as text: no cell of a new matrix holds a formula.
                var formulas = document.WorkbookPart!.WorksheetParts.Sum(p => p.Worksheet!.Descendants<CellFormula>().Count());
                if (formulas > 0) throw new FuzzFailure($"{formulas} formula cell(s) in the matrix: {describe}");
            }
            // Read back: updating the workbook with the same transcripts gives a valid workbook too.
            var (updated, _) = Bounded(describe + " update", (stream, ct) => writer.UpdateAsync(new MemoryStream(bytes), transcripts, stream, null, ct));
            using (var document = SpreadsheetDocument.Open(new MemoryStream(updated), false)) OpenXmlAssert.Valid(document);
            tally.Done(elapsed);
        }).Check(FuzzSettings.For("matrix writer", 30));
        output.WriteLine(FuzzReport.Finish(tally));
    }

    private static (byte[] Bytes, TimeSpan Elapsed) Bounded(string describe, Func<Stream, CancellationToken, Task> write)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(FuzzSettings.CaseTimeout);
        using var stream = new MemoryStream();
        try
        {
            Task.Run(() => write(stream, cancel.Token)).WaitAsync(FuzzSettings.CaseTimeout + TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
        }
        catch (TimeoutException)
        {
            throw new FuzzFailure($"no answer within {FuzzSettings.CaseTimeout.TotalSeconds:0} s (a hang): {describe}");
        }
        catch (Exception ex) when (ex is not FuzzFailure)
        {
            throw new FuzzFailure($"{ex.GetType().Name} from the writer: {ex.Message} / {describe}", ex);
        }
        return (stream.ToArray(), clock.Elapsed);
    }
}
