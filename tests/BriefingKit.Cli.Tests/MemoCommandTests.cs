// briefingkit memo and template through the same entry point as the process: the memo is
// written (valid), bad inputs are reported while the others still make the memo, usage errors
// exit 2, and a failure leaves no file (not even a temporary one) behind.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Cli;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Cli.Tests;

public sealed class MemoCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-memo-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Seed = CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt");

    private const string Briefing = "MR PRICE:  We urge Russia to withdraw its forces from the border of Ukraine.\n\nQ    Thanks, Ned.\n\nMR PRICE:  We will continue to support Ukraine.\n";

    [Fact]
    public async Task Memo_Seed_WritesAValidMemoWithTheOptions()
    {
        var memo = Path.Combine(_dir, "memo.docx");

        var (exit, output, error) = await CliRunner.RunAsync("memo", Seed, "-o", memo, "--to", "The Secretary", "--from", "S/P", "--classification", "UNCLASSIFIED", "--date", "2017-04-20");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("memo.docx", output, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(memo, false);
        OpenXmlAssert.Valid(document);
        var text = string.Join("\n", document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("TO:The Secretary", text, StringComparison.Ordinal);
        Assert.Contains("FROM:S/P", text, StringComparison.Ordinal);
        Assert.Contains("DATE:April 20, 2017", text, StringComparison.Ordinal);
        // The classification is marked by the header and footer (since the memo layout change), not in the body.
        var header = string.Join("\n", document.MainDocumentPart!.HeaderParts.Select(h => h.Header!.InnerText));
        Assert.Contains("UNCLASSIFIED", header, StringComparison.Ordinal);
        Assert.Equal(new[] { "memo.docx" }, Directory.GetFiles(_dir).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Memo_BadFileAmongGood_ReportsItAndStillWritesTheMemo()
    {
        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1 });
        var good = Path.Combine(_dir, "good.txt");
        File.WriteAllText(good, Briefing);
        var memo = Path.Combine(_dir, "memo.docx");

        var (exit, _, error) = await CliRunner.RunAsync("memo", bad, good, Seed, "-o", memo);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:1: binary data", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(memo, false);
        OpenXmlAssert.Valid(document);
        Assert.Equal(2, document.MainDocumentPart!.Document!.Body!.Descendants<Hyperlink>().Count() + CountUnlinkedSources(document));
    }

    private static int CountUnlinkedSources(WordprocessingDocument document)
    {
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        var start = paragraphs.FindIndex(p => p.InnerText == "Sources");
        return paragraphs.Skip(start + 1).Count(p => p.InnerText.StartsWith('[') && !p.Descendants<Hyperlink>().Any());
    }

    [Fact]
    public async Task Memo_NoReadableInput_WritesNothingAndExits1()
    {
        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, new byte[] { 0, 1, 2, 3 });
        var memo = Path.Combine(_dir, "memo.docx");

        var (exit, _, error) = await CliRunner.RunAsync("memo", bad, "-o", memo);

        Assert.Equal(1, exit);
        Assert.Contains("no memo written", error, StringComparison.Ordinal);
        Assert.False(File.Exists(memo));
    }

    [Fact]
    public async Task Memo_WithoutOutput_IsAUsageError()
    {
        var (exit, _, error) = await CliRunner.RunAsync("memo", Seed);

        Assert.Equal(2, exit);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memo_BrokenTemplate_LeavesNoFileBehind()
    {
        var template = Path.Combine(_dir, "house.dotx");
        File.WriteAllText(template, "not a zip");
        var memo = Path.Combine(_dir, "memo.docx");
        File.WriteAllText(memo, "previous memo");

        var (exit, _, error) = await CliRunner.RunAsync("memo", Seed, "-o", memo, "--template", template);

        Assert.Equal(2, exit);
        Assert.Contains("house.dotx", error, StringComparison.Ordinal);
        Assert.Equal("previous memo", File.ReadAllText(memo));
        Assert.Equal(new[] { "house.dotx", "memo.docx" }, Directory.GetFiles(_dir).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Memo_MissingTemplate_IsAUsageError()
    {
        var (exit, _, error) = await CliRunner.RunAsync("memo", Seed, "-o", Path.Combine(_dir, "m.docx"), "--template", Path.Combine(_dir, "nope.dotx"));

        Assert.Equal(2, exit);
        Assert.Contains("nope.dotx", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task Template_WritesATemplateTheMemoCanUse()
    {
        var template = Path.Combine(_dir, "house.dotx");
        var (exit, _, _) = await CliRunner.RunAsync("template", "-o", template, "--paper", "A4");
        Assert.Equal(0, exit);
        using (var document = WordprocessingDocument.Open(template, false))
        {
            OpenXmlAssert.Valid(document);
            Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Template, document.DocumentType);
        }

        var memo = Path.Combine(_dir, "memo.docx");
        var (memoExit, _, error) = await CliRunner.RunAsync("memo", Seed, "-o", memo, "--template", template);

        Assert.Equal(0, memoExit);
        Assert.Equal(string.Empty, error);
        using var result = WordprocessingDocument.Open(memo, false);
        OpenXmlAssert.Valid(result);
        Assert.Equal(DocumentFormat.OpenXml.WordprocessingDocumentType.Document, result.DocumentType);
        Assert.Equal(11906u, result.MainDocumentPart!.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Width!.Value);
    }

}
