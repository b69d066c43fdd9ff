// briefingkit matrix through the same entry point as the process: the week folder, --week,
// --update keeping hand edits, bad week syntax (exit 2), bad inputs among good ones (exit 1).
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Cli;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Cli.Tests;

public sealed class MatrixCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cli-matrix-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string A1(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        OpenXmlAssert.Valid(document);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "Matrix");
        var cell = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().First();
        return workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)).InnerText;
    }

    [Fact]
    public async Task Matrix_WeekFolder_WritesAValidWorkbook()
    {
        var path = Path.Combine(_dir, "week.xlsx");

        var (exit, output, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("week-2021-15"), "-o", path);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("10 input(s), week(s) 2021-W15", output, StringComparison.Ordinal);
        Assert.StartsWith("Issue matrix — 2021-W15", A1(path), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(_dir)); // no temporary file left behind
    }

    [Theory]
    [InlineData("2021-15")]
    [InlineData("2021-W54")]
    [InlineData("last week")]
    public async Task Matrix_BadWeek_ExitTwoNamingTheOption(string week)
    {
        var path = Path.Combine(_dir, "week.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("week-2021-15"), "-o", path, "--week", week);

        Assert.Equal(2, exit);
        Assert.Contains($"--week: '{week}' is not an ISO week; write it like 2021-W15", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Matrix_BadInputAmongGood_ReportsFileLineReason_ExitOne_StillWrites()
    {
        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1 });
        var path = Path.Combine(_dir, "out.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", bad, CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt"), "-o", path);

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:1: binary data", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.StartsWith("Issue matrix — 2017-W16", A1(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_UndatedInput_WarnsAndLeavesItOut()
    {
        var undated = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(undated, "MR PRICE:  We urge Russia to de-escalate on Ukraine.\n\nQ    Thanks.\n");
        var path = Path.Combine(_dir, "out.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", undated, CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt"), "-o", path);

        Assert.Equal(0, exit);
        Assert.Contains("notes.txt: warning: no date", error, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Matrix_OnlyUndatedInputs_WritesNothingAndSaysWhy()
    {
        var undated = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(undated, "MR PRICE:  We urge Russia to de-escalate on Ukraine.\n\nQ    Thanks.\n");
        var path = Path.Combine(_dir, "out.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", undated, "-o", path);

        Assert.Equal(1, exit);
        Assert.Contains("no input has a date", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Matrix_UndatedInputWithDate_JoinsThatWeek()
    {
        var undated = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(undated, "MR PRICE:  We urge Russia to de-escalate on Ukraine.\n\nQ    Thanks.\n");
        var path = Path.Combine(_dir, "out.xlsx");

        var (exit, output, error) = await CliRunner.RunAsync("matrix", undated, "-o", path, "--date", "2021-04-15");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("no date", error, StringComparison.Ordinal);
        Assert.Contains("1 input(s), week(s) 2021-W15", output, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Matrix_UndatedInput_WarningNamesTheDateOption()
    {
        var undated = Path.Combine(_dir, "notes.txt");
        File.WriteAllText(undated, "MR PRICE:  We urge Russia to de-escalate on Ukraine.\n");

        var (_, _, error) = await CliRunner.RunAsync("matrix", undated, CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt"), "-o", Path.Combine(_dir, "out.xlsx"));

        Assert.Contains("--date yyyy-mm-dd", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_BadDate_ExitTwoNamingTheOption()
    {
        var path = Path.Combine(_dir, "out.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("week-2021-15"), "-o", path, "--date", "15/04/2021");

        Assert.Equal(2, exit);
        Assert.Contains("--date: '15/04/2021' is not a date", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Matrix_WeekWithNoInput_ExitOneNothingWrittenNamingTheWeeksThereAre()
    {
        var path = Path.Combine(_dir, "out.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("week-2021-15"), "-o", path, "--week", "2021-W20");

        Assert.Equal(1, exit);
        Assert.Contains("no input is dated in 2021-W20 (the inputs are of 2021-W15); nothing written", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Matrix_Update_AddsTheNewWeekAndKeepsTheOldOne()
    {
        var first = Path.Combine(_dir, "w15.xlsx");
        var second = Path.Combine(_dir, "w16.xlsx");
        Assert.Equal(0, (await CliRunner.RunAsync("matrix", CorpusFiles.Path("week-2021-15"), "-o", first)).Exit);

        var (exit, _, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt"), "-o", second, "--update", first);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Issue matrix — 2017-W16", A1(second), StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(second, false);
        var workbook = document.WorkbookPart!;
        var history = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First(s => s.Name == "History").Id!);
        var strings = workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var headers = history.Worksheet.Descendants<Row>().First().Elements<Cell>().Select(c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]).ToList();
        Assert.Equal(new[] { "Issue", "Actor", "2017-W16", "2021-W15" }, headers);
    }

    [Fact]
    public async Task Matrix_UpdateFileMissing_ExitTwo()
    {
        var (exit, _, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("week-2021-15"), "-o", Path.Combine(_dir, "x.xlsx"), "--update", Path.Combine(_dir, "nope.xlsx"));

        Assert.Equal(2, exit);
        Assert.Contains("nope.xlsx", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matrix_UpdateNotAWorkbook_ExitTwoAndNothingWritten()
    {
        var old = Path.Combine(_dir, "old.xlsx");
        File.WriteAllText(old, "not a zip");
        var path = Path.Combine(_dir, "new.xlsx");

        var (exit, _, error) = await CliRunner.RunAsync("matrix", CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt"), "-o", path, "--update", old);

        Assert.Equal(2, exit);
        Assert.Contains("cannot update", error, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
