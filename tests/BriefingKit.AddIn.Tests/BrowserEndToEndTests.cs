// The task panes end to end: the host on loopback, the page in headless Chromium (playwright-core,
// driven by tests/addin-js/e2e/word-pane.e2e.js) with Office.js stubbed, and the .docx that reached
// createDocument (or insertWorksheetsFromBase64) validated here. Skips with the reason when node, npm packages or Chromium are absent.
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingKit.AddIn.Tests;

public sealed class BrowserEndToEndTests
{
    private static readonly string RepoRoot = Path.GetFullPath(Path.Combine(CorpusFiles.Root, "..", ".."));
    private static readonly string JsTests = Path.Combine(RepoRoot, "tests", "addin-js");

    [SkippableFact]
    public async Task Brief_this_document_in_chromium_opens_a_valid_memo()
    {
        var node = SkipUnlessBrowserTestsCanRun();
        using var host = LoopbackTests.StartOnLoopback();
        using var client = host.CreateClient();
        var saved = Path.Combine(Path.GetTempPath(), $"bk-e2e-{Guid.NewGuid():N}.docx");
        try
        {
            var (exit, output) = await RunAsync(node, JsTests, Path.Combine("e2e", "word-pane.e2e.js"), client.BaseAddress!.ToString(), Host.SamplePath, saved);
            Skip.If(exit == 3, output.Trim());
            Assert.True(exit == 0, $"word-pane.e2e.js exited {exit}:\n{output}");

            using var document = WordprocessingDocument.Open(saved, false);
            OpenXmlAssert.Valid(document);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Deputy Director", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(saved);
        }
    }

    [SkippableFact]
    public async Task Picked_files_in_chromium_insert_a_valid_matrix_for_the_week()
    {
        var node = SkipUnlessBrowserTestsCanRun();
        using var host = LoopbackTests.StartOnLoopback();
        using var client = host.CreateClient();
        var saved = Path.Combine(Path.GetTempPath(), $"bk-e2e-{Guid.NewGuid():N}.xlsx");
        try
        {
            var files = Directory.GetFiles(CorpusFiles.Path("week-2021-15")).Order(StringComparer.Ordinal).ToArray();
            var (exit, output) = await RunAsync(node, JsTests, [Path.Combine("e2e", "excel-pane.e2e.js"), client.BaseAddress!.ToString(), "2021-W15", saved, .. files]);
            Skip.If(exit == 3, output.Trim());
            Assert.True(exit == 0, $"excel-pane.e2e.js exited {exit}:\n{output}");

            using var workbook = SpreadsheetDocument.Open(saved, false);
            OpenXmlAssert.Valid(workbook);
            var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name?.Value).ToList();
            Assert.Contains("Matrix", sheets);
            // Every picked file reached the host under its own name (the Sources sheet names each one).
            var cells = string.Concat(workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable?.InnerText,
                string.Concat(workbook.WorkbookPart.WorksheetParts.Select(p => p.Worksheet?.InnerText)));
            Assert.All(files, f => Assert.Contains(Path.GetFileName(f), cells, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(saved);
        }
    }

    private static string SkipUnlessBrowserTestsCanRun()
    {
        var node = FindOnPath("node");
        Skip.If(node is null, "node is not on PATH; the browser tests need Node 20 and `npm ci` in tests/addin-js.");
        Skip.IfNot(Directory.Exists(Path.Combine(JsTests, "node_modules", "playwright-core")),
            "tests/addin-js/node_modules/playwright-core is missing; run `npm ci` in tests/addin-js (.ci/run does).");
        Skip.If(new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }
            .All(p => string.IsNullOrEmpty(p) || !File.Exists(p)), "Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH).");
        return node!;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string file, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(args[0] + " ran longer than 120 s:\n" + await stdout + await stderr);
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
