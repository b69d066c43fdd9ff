// Standard input and output ("-"), our own memos left in an input folder, model JSON that is
// not what it claims, progress on a terminal, atomic and reproducible outputs: what a user
// scripting briefingkit over a folder run after run relies on.
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BriefingKit.Cli.Output;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Cli.Tests;

public sealed class InputOutputStreamTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-streams-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Seed = CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt");

    private const string Briefing = "MR PRICE:  We urge Russia to withdraw its forces from the border of Ukraine.\n\nQ    Thanks, Ned.\n\nMR PRICE:  We will continue to support Ukraine.\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Parse_Dash_ReadsStandardInput()
    {
        var (exit, output, error, _) = await CliRunner.RunWithAsync(Encoding.UTF8.GetBytes(Briefing), false, "parse", "-");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var json = Assert.IsType<JsonObject>(JsonNode.Parse(output));
        Assert.Equal("speakerLabelled", (string?)json["format"]);
        Assert.Equal(3, json["turns"]!.AsArray().Count);
    }

    [Fact]
    public async Task Parse_OutputDash_PrintsAndWritesNoFileNamedDash()
    {
        var (exit, output, _, _) = await CliRunner.RunWithAsync(null, false, "parse", Seed, "-o", "-");

        Assert.Equal(0, exit);
        Assert.IsType<JsonObject>(JsonNode.Parse(output));
        Assert.False(File.Exists("-"));
    }

    [Fact]
    public async Task Memo_StdinToStdout_WritesAValidMemoAsBytes()
    {
        var (exit, output, error, stdout) = await CliRunner.RunWithAsync(Encoding.UTF8.GetBytes(Briefing), false, "memo", "-", "-o", "-");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("standard output", error, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(stdout), false);
        OpenXmlAssert.Valid(document);
        Assert.Contains("Ukraine", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public async Task Matrix_OutputDash_WritesAValidWorkbookAsBytes()
    {
        var (exit, output, _, stdout) = await CliRunner.RunWithAsync(null, false, "matrix", Seed, "-o", "-");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        using var document = SpreadsheetDocument.Open(new MemoryStream(stdout), false);
        OpenXmlAssert.Valid(document);
        Assert.Contains(document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>(), s => s.Name == "Matrix");
    }

    [Fact]
    public async Task Memo_WrittenIntoItsInputFolder_IsNotReadBackNextRun()
    {
        Write("a.txt", Briefing);
        var memo = Path.Combine(_dir, "memo.docx");
        Assert.Equal(0, (await CliRunner.RunAsync("memo", _dir, "-o", memo)).Exit);
        var first = File.ReadAllBytes(memo);

        var (exit, output, error) = await CliRunner.RunAsync("memo", _dir, "-o", memo);

        Assert.Equal(0, exit);
        Assert.Contains("(1 source)", output, StringComparison.Ordinal);
        Assert.Contains($"{memo}: note: written by BriefingKit", error, StringComparison.Ordinal);
        // Same inputs, same options: the same memo, byte for byte.
        Assert.Equal(first, File.ReadAllBytes(memo));
        using var document = WordprocessingDocument.Open(memo, false);
        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public async Task Memo_ATranscriptDocxInTheFolder_IsStillRead()
    {
        Write("a.txt", Briefing);
        var teams = Path.Combine(_dir, "teams.docx");
        using (var document = WordprocessingDocument.Create(teams, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.Run(new W.Text("Jane Roe  0:03"))),
                new W.Paragraph(new W.Run(new W.Text("We agreed to meet again on the budget next week."))),
                new W.Paragraph(new W.Run(new W.Text("John Doe  0:09"))),
                new W.Paragraph(new W.Run(new W.Text("Then we will settle the budget for Ukraine.")))));
        }

        var memo = Path.Combine(_dir, "memo.docx");
        var (_, _, error) = await CliRunner.RunAsync("memo", _dir, "-o", memo);

        Assert.False(Inputs.OwnOutputs.IsOurs(teams));
        Assert.True(Inputs.OwnOutputs.IsOurs(memo));
        Assert.DoesNotContain("written by BriefingKit", error, StringComparison.Ordinal);
        using var written = WordprocessingDocument.Open(memo, false);
        OpenXmlAssert.Valid(written);
    }

    [Theory]
    [InlineData("memo", "x.docx")]
    [InlineData("matrix", "x.xlsx")]
    public async Task Output_Twice_SameBytes(string command, string name)
    {
        var first = Path.Combine(_dir, "1-" + name);
        var second = Path.Combine(_dir, "2-" + name);

        Assert.Equal(0, (await CliRunner.RunAsync(command, Seed, "-o", first)).Exit);
        Assert.Equal(0, (await CliRunner.RunAsync(command, Seed, "-o", second)).Exit);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using OpenXmlPackage package = command == "memo" ? WordprocessingDocument.Open(first, false) : SpreadsheetDocument.Open(first, false);
        OpenXmlAssert.Valid(package);
    }

    [Fact]
    public void SafeFile_WriterFails_LeavesTheOldFileAndNoTemporary()
    {
        var target = Write("out.docx", "previous");

        Assert.Throws<InvalidOperationException>(() => SafeFile.Write(target, stream =>
        {
            stream.Write(new byte[4096]);
            throw new InvalidOperationException("the writer failed half way");
        }));

        Assert.Equal("previous", File.ReadAllText(target));
        Assert.Equal(new[] { "out.docx" }, Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Progress_OnATerminalForManyInputs_ShownAndClearedOnStderr()
    {
        for (var i = 0; i < Progress.MinInputs + 5; i++) Write($"b{i:00}.txt", Briefing.Replace("Ukraine", "Ukraine " + i, StringComparison.Ordinal));

        var (exit, _, error, _) = await CliRunner.RunWithAsync(null, true, "parse", _dir, "-o", Path.Combine(_dir, "out.json"));

        Assert.Equal(0, exit);
        Assert.Contains("\rbriefingkit: reading 1/25", error, StringComparison.Ordinal);
        Assert.EndsWith("\r", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Progress_Redirected_NothingOnStderr()
    {
        for (var i = 0; i < Progress.MinInputs + 5; i++) Write($"b{i:00}.txt", Briefing.Replace("Ukraine", "Ukraine " + i, StringComparison.Ordinal));

        var (exit, _, error, _) = await CliRunner.RunWithAsync(null, false, "parse", _dir);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
    }
}
