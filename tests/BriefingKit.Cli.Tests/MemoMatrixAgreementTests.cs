// The memo and the matrix say the same thing: for each corpus week, every stance the memo's
// agreement table shows is the stance the matrix shows in the same (issue, actor) cell.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Cli.Tests;

public sealed class MemoMatrixAgreementTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cli-agree-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("week-2021-15")]
    [InlineData("week-2023-11")]
    public async Task MemoTable_EveryCell_IsTheMatrixCell(string week)
    {
        var memo = Path.Combine(_dir, "memo.docx");
        var matrix = Path.Combine(_dir, "week.xlsx");
        Assert.Equal(0, (await CliRunner.RunAsync("memo", CorpusFiles.Path(week), "-o", memo)).Exit);
        Assert.Equal(0, (await CliRunner.RunAsync("matrix", CorpusFiles.Path(week), "-o", matrix)).Exit);

        var memoCells = MemoTable(memo);
        var matrixCells = MatrixSheet(matrix);

        Assert.True(memoCells.Count >= 5, $"the memo's table has only {memoCells.Count} stances");
        var differences = memoCells
            .Where(cell => !matrixCells.TryGetValue(cell.Key, out var word) || word != cell.Value)
            .Select(cell => $"{cell.Key.Issue} × {cell.Key.Actor}: memo '{cell.Value}', matrix '{(matrixCells.TryGetValue(cell.Key, out var w) ? w : "(none)")}'")
            .ToList();
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }

    /// <summary>The stance words of the memo's "Agreement and disagreement" table, by (issue, actor).</summary>
    private static Dictionary<(string Issue, string Actor), string> MemoTable(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        OpenXmlAssert.Valid(document);
        var body = document.MainDocumentPart!.Document.Body!;
        var heading = body.Elements<W.Paragraph>().First(p => p.InnerText == "Agreement and disagreement");
        var table = heading.ElementsAfter().OfType<W.Table>().First();
        var rows = table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        var actors = rows[0];
        var cells = new Dictionary<(string, string), string>();
        foreach (var row in rows.Skip(1))
            for (var a = 1; a < row.Count; a++)
                if (row[a] != "\u2014") cells[(row[0], actors[a])] = row[a];
        return cells;
    }

    /// <summary>The stance words of the matrix's Matrix sheet, by (issue, actor).</summary>
    private static Dictionary<(string Issue, string Actor), string> MatrixSheet(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        OpenXmlAssert.Valid(document);
        var workbook = document.WorkbookPart!;
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<X.SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var sheet = workbook.Workbook.Sheets!.Elements<X.Sheet>().First(s => s.Name == "Matrix");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<X.Row>().ToDictionary(r => (int)r.RowIndex!.Value);
        string Text(X.Cell cell) => cell.DataType?.Value == X.CellValues.SharedString
            ? strings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)]
            : cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;
        static int Column(X.Cell cell) => cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => n * 26 + c - 'A' + 1);

        var actors = rows[2].Elements<X.Cell>().ToDictionary(Column, Text);
        var cells = new Dictionary<(string, string), string>();
        foreach (var row in rows.Where(r => r.Key > 2).Select(r => r.Value))
        {
            var byColumn = row.Elements<X.Cell>().ToDictionary(Column, Text);
            if (!byColumn.TryGetValue(1, out var issue) || issue.Length == 0) continue;
            foreach (var (column, text) in byColumn)
                if (column > 1 && actors.TryGetValue(column, out var actor) && text.Length > 0) cells[(issue, actor)] = text.TrimEnd(' ', '*');
        }
        return cells;
    }
}
