// An input given twice — the same file by two names (a folder and a file in it, a link) or the
// same text under another name (a copy with other line endings, the model JSON of a file) — is
// read once by parse, memo and matrix alike, with one warning line naming both, and the memo and
// the matrix count the same sources.
using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Cli.Tests;

public sealed class DuplicateInputTests : IDisposable
{
    private const string Putin = "2021-04-13-readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-ru.md";
    private const string Merkel = "2021-04-14-readout-of-president-joseph-r-biden-jr-call-with-chancellor-angela-merkel-of-ge.md";

    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cli-dup-").FullName;
    private readonly string _week;

    public DuplicateInputTests()
    {
        // A folder holding one readout three times (as is, as a CRLF copy, as a link) and a second readout.
        _week = Directory.CreateDirectory(Path.Combine(_dir, "week")).FullName;
        var original = File.ReadAllText(CorpusFiles.Path(Path.Combine("week-2021-15", Putin)));
        File.WriteAllText(Path.Combine(_week, "a.md"), original);
        File.WriteAllText(Path.Combine(_week, "copy.md"), original.Replace("\n", "\r\n", StringComparison.Ordinal));
        File.CreateSymbolicLink(Path.Combine(_week, "link.md"), Path.Combine(_week, "a.md"));
        File.Copy(CorpusFiles.Path(Path.Combine("week-2021-15", Merkel)), Path.Combine(_week, "b.md"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string[] Warnings(string error) =>
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.Contains("read once", StringComparison.Ordinal)).ToArray();

    [Fact]
    public async Task MemoAndMatrix_SameDuplicates_SameWarnings_SameCount()
    {
        var memo = Path.Combine(_dir, "memo.docx");
        var matrix = Path.Combine(_dir, "matrix.xlsx");
        var b = Path.Combine(_week, "b.md");

        var memoRun = await CliRunner.RunAsync("memo", _week, b, "-o", memo);
        var matrixRun = await CliRunner.RunAsync("matrix", _week, b, "-o", matrix);

        Assert.Equal(0, memoRun.Exit);
        Assert.Equal(0, matrixRun.Exit);
        var expected = new[]
        {
            $"briefingkit: {Path.Combine(_week, "copy.md")}: warning: duplicate of {Path.Combine(_week, "a.md")} (the same text), read once.",
            $"briefingkit: {Path.Combine(_week, "link.md")}: warning: duplicate of {Path.Combine(_week, "a.md")} (the same file), read once.",
            $"briefingkit: {b}: warning: given twice (by name and in its folder, or twice by name), read once.",
        };
        Assert.Equal(expected, Warnings(memoRun.Err));
        Assert.Equal(expected, Warnings(matrixRun.Err));
        Assert.Contains("(2 sources; 3 duplicate inputs read once).", memoRun.Out, StringComparison.Ordinal);
        Assert.Contains(": 2 input(s), week(s) 2021-W15; 3 duplicate inputs read once.", matrixRun.Out, StringComparison.Ordinal);

        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(memo, false))
        {
            OpenXmlAssert.Valid(document);
            var body = document.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("Vladimir Putin", body, StringComparison.Ordinal);
        }
        using (var workbook = SpreadsheetDocument.Open(matrix, false))
        {
            OpenXmlAssert.Valid(workbook);
            var part = workbook.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "Sources");
            var rows = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Count();
            Assert.Equal(3, rows); // the header and the two distinct readouts
        }
    }

    [Fact]
    public async Task Parse_ModelJsonOfAFileAlsoGiven_IsTheSameText()
    {
        var json = Path.Combine(_dir, "week.json");
        Assert.Equal(0, (await CliRunner.RunAsync("parse", _week, "-o", json)).Exit);

        var (exit, output, error) = await CliRunner.RunAsync("parse", json, Path.Combine(_week, "b.md"));

        Assert.Equal(0, exit);
        var warning = Assert.Single(Warnings(error));
        Assert.Equal($"briefingkit: {Path.Combine(_week, "b.md")}: warning: duplicate of {json} [2: {Path.Combine(_week, "b.md")}] (the same text), read once.", warning);
        using var parsed = JsonDocument.Parse(output);
        Assert.Equal(2, parsed.RootElement.GetArrayLength());
    }

    [Fact]
    public void TextHash_IgnoresLineEndingsAndWrapping_NotWords()
    {
        static Transcript Of(params string[] turns) => new() { Turns = ValueList<Turn>.From(turns.Select(t => new Turn(t))) };

        var hash = Inputs.DuplicateInputs.TextHash(Of("We urge calm.\nBoth sides agree.", "Thank you."));

        Assert.Equal(hash, Inputs.DuplicateInputs.TextHash(Of("We urge  calm.\r\nBoth sides\tagree. ", "Thank you.")));
        Assert.NotEqual(hash, Inputs.DuplicateInputs.TextHash(Of("We urge calm.\nBoth sides disagree.", "Thank you.")));
        Assert.Null(Inputs.DuplicateInputs.TextHash(Of(" ")));
    }

    [Fact]
    public void SameTextAs_FirstText_IsStillFound_ThoughHashedOnlyWhenASecondComes()
    {
        static Transcript Of(string turn) => new() { Turns = ValueList<Turn>.From(new[] { new Turn(turn) }) };

        var seen = new Inputs.DuplicateInputs();
        Assert.Null(seen.SameTextAs(Of(" "), "empty.md"));
        Assert.Null(seen.SameTextAs(Of("We urge calm."), "a.md"));
        Assert.Equal("a.md", seen.SameTextAs(Of("We urge  calm. "), "copy.md"));
        Assert.Null(seen.SameTextAs(Of("Both sides agree."), "b.md"));
        Assert.Equal("b.md", seen.SameTextAs(Of("Both sides\nagree."), "b-copy.md"));
        Assert.Null(seen.SameTextAs(Of(" "), "empty-again.md"));
        Assert.Equal(2, seen.Count);

        var two = new Inputs.DuplicateInputs();
        Assert.Null(two.SameTextAs(Of("We urge calm."), "a.md"));
        Assert.Equal("a.md", two.SameTextAs(Of("We urge calm."), "a-again.md"));
    }
}
