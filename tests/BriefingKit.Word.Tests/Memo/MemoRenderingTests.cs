// A real client opens the memo: LibreOffice converts it to PDF (skipped, visibly, where
// LibreOffice is not installed; .ci/run installs it).
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;

namespace BriefingKit.Word.Tests.Memo;

public sealed class MemoRenderingTests
{
    [SkippableFact]
    public async Task LibreOffice_ConvertsTheSeedAndWeekMemosToPdf()
    {
        Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason);
        var dir = Directory.CreateTempSubdirectory("bk-memo-lo-").FullName;
        try
        {
            var seed = Path.Combine(dir, "seed.docx");
            File.WriteAllBytes(seed, await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }, new MemoOptions { Classification = "UNCLASSIFIED" }));
            var week = Path.Combine(dir, "week.docx");
            File.WriteAllBytes(week, await MemoFixture.WriteAsync(await MemoFixture.WeekAsync()));

            foreach (var docx in new[] { seed, week })
            {
                var pdf = LibreOffice.Convert(docx, "pdf");
                var bytes = File.ReadAllBytes(pdf);
                Assert.True(bytes.Length > 10_000, $"{pdf} is {bytes.Length} bytes");
                Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public async Task LibreOffice_StanceTableHeader_BreaksNoActorNameInsideAWord()
    {
        Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason);
        Skip.IfNot(File.Exists("/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed; .ci/run installs it");
        string[] actors = ["Afghanistan", "Kazakhstan", "Turkmenistan", "Netherlands", "Switzerland", "Liechtenstein"]; // as many as the memo shows by default
        var transcript = new Transcript
        {
            Title = "Ministers on climate",
            Date = new DateTime(2021, 4, 15),
            Turns = new[] { new Turn("The ministers discussed climate.") { Line = 1 } }.ToValueList(),
            Issues = new[] { new IssueMention("climate", "Climate") { Mentions = 6 } }.ToValueList(),
            Positions = actors.Select(a => new Position(a, "climate", Stance.Support) { Evidence = a + " supports the climate pact.", Line = 1 }).ToValueList(),
        };
        var dir = Directory.CreateTempSubdirectory("bk-memo-table-").FullName;
        try
        {
            var docx = Path.Combine(dir, "table.docx");
            File.WriteAllBytes(docx, await MemoFixture.WriteAsync(new[] { transcript }));
            var pdf = LibreOffice.Convert(docx, "pdf");
            var text = PdfText(pdf);

            var start = text.IndexOf("Agreement and disagreement", StringComparison.Ordinal);
            var table = text.Substring(start, text.IndexOf("Each cell is", start, StringComparison.Ordinal) - start);

            foreach (var word in actors.Append("supports")) Assert.Contains(word, table, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string PdfText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }

    [SkippableFact]
    public async Task LibreOffice_RunningHeader_FitsOnOneLine()
    {
        Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason);
        Skip.IfNot(File.Exists("/usr/bin/pdftotext"), "pdftotext (poppler-utils) is not installed; .ci/run installs it");
        var dir = Directory.CreateTempSubdirectory("bk-memo-header-").FullName;
        try
        {
            var docx = Path.Combine(dir, "header.docx");
            var subject = "Remarks by the President and the Prime Minister of Freedonia at a Joint Press Conference on Trade";
            File.WriteAllBytes(docx, await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }, new MemoOptions { Subject = subject }));
            var lines = PdfText(LibreOffice.Convert(docx, "pdf")).Split('\n').Select(l => l.Trim()).ToList();

            // The header shows the subject shortened to one line: its start and its ellipsis are on the same line.
            Assert.Contains(lines, l => l.StartsWith("Remarks by the President", StringComparison.Ordinal) && l.EndsWith("\u2026", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
