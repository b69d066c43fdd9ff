// Reads a written workbook back with the Open XML SDK: cell text (shared strings resolved),
// table rows by header, fills, notes. Every workbook a test writes goes through Open, which validates it.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BriefingKit.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Tests.Support;

internal sealed class Xlsx : IDisposable
{
    private readonly MemoryStream _stream;

    private Xlsx(byte[] bytes, bool editable)
    {
        _stream = new MemoryStream();
        _stream.Write(bytes, 0, bytes.Length);
        _stream.Position = 0;
        Document = SpreadsheetDocument.Open(_stream, editable);
    }

    public SpreadsheetDocument Document { get; }

    public WorkbookPart Workbook => Document.WorkbookPart!;

    /// <summary>Opens <paramref name="bytes"/> read-only after asserting zero validation errors.</summary>
    public static Xlsx Open(byte[] bytes)
    {
        var xlsx = new Xlsx(bytes, editable: false);
        OpenXmlAssert.Valid(xlsx.Document);
        return xlsx;
    }

    /// <summary>Opens a copy for editing, as an analyst would; <see cref="Save"/> gives the edited bytes.</summary>
    public static Xlsx Edit(byte[] bytes) => new(bytes, editable: true);

    public byte[] Save()
    {
        Document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }

    public IReadOnlyList<string> SheetNames => Workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public WorksheetPart Sheet(string name)
    {
        var sheet = Workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)Workbook.GetPartById(sheet.Id!);
    }

    public Cell? Cell(string sheet, string reference) =>
        Sheet(sheet).Worksheet.Descendants<Cell>().FirstOrDefault(c => c.CellReference == reference);

    public string Text(string sheet, string reference) => Text(Cell(sheet, reference));

    public string Text(Cell? cell)
    {
        if (cell?.CellValue is null) return cell?.InlineString?.InnerText ?? string.Empty;
        if (cell.DataType?.Value == CellValues.SharedString)
            return Workbook.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(cell.CellValue.Text, CultureInfo.InvariantCulture)).InnerText;
        return cell.CellValue.Text;
    }

    /// <summary>The cell in <paramref name="sheet"/> whose column header (in <paramref name="headerRow"/>) is <paramref name="header"/> and whose row's first cell is <paramref name="rowLabel"/>.</summary>
    public Cell? At(string sheet, string rowLabel, string header, int headerRow = 2)
    {
        var rows = Sheet(sheet).Worksheet.Descendants<Row>().ToList();
        var headerCells = rows.Single(r => r.RowIndex! == (uint)headerRow).Elements<Cell>().ToList();
        var column = headerCells.FirstOrDefault(c => Text(c) == header)?.CellReference?.Value;
        if (column is null) return null;
        var letters = new string(column.TakeWhile(char.IsLetter).ToArray());
        var row = rows.FirstOrDefault(r => r.RowIndex! > (uint)headerRow && Text(r.Elements<Cell>().FirstOrDefault()) == rowLabel);
        return row?.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == letters + row.RowIndex!.Value);
    }

    /// <summary>The rows of a table sheet (header in row 1) as header → text.</summary>
    public List<Dictionary<string, string>> Rows(string sheet)
    {
        var rows = Sheet(sheet).Worksheet.Descendants<Row>().ToList();
        var headers = rows[0].Elements<Cell>().ToDictionary(c => Letters(c.CellReference!), c => Text(c));
        return rows.Skip(1).Select(r => r.Elements<Cell>().Where(c => headers.ContainsKey(Letters(c.CellReference!)))
            .ToDictionary(c => headers[Letters(c.CellReference!)], c => Text(c))).ToList();
    }

    /// <summary>The cell of a table sheet row whose <paramref name="keyHeader"/> is <paramref name="key"/>.</summary>
    public Cell? TableCell(string sheet, string keyHeader, string key, string header)
    {
        var rows = Sheet(sheet).Worksheet.Descendants<Row>().ToList();
        var headers = rows[0].Elements<Cell>().ToDictionary(c => Text(c), c => Letters(c.CellReference!));
        var row = rows.Skip(1).First(r => r.Elements<Cell>().Any(c => Letters(c.CellReference!) == headers[keyHeader] && Text(c) == key));
        return row.Elements<Cell>().FirstOrDefault(c => Letters(c.CellReference!) == headers[header]);
    }

    public string? FillOf(Cell? cell)
    {
        if (cell?.StyleIndex is null) return null;
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value);
        var fill = styles.Fills!.Elements<Fill>().ElementAt((int)(format.FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    public string? NumberFormatOf(Cell? cell)
    {
        if (cell?.StyleIndex is null) return null;
        var styles = Workbook.WorkbookStylesPart!.Stylesheet;
        var id = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex.Value).NumberFormatId?.Value ?? 0;
        return styles.NumberingFormats?.Elements<NumberingFormat>().FirstOrDefault(n => n.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    public string? NoteOf(string sheet, string reference) =>
        Sheet(sheet).WorksheetCommentsPart?.Comments?.CommentList?.Elements<Comment>().FirstOrDefault(c => c.Reference == reference)?.CommentText?.InnerText;

    public static string Letters(string reference) => new(reference.TakeWhile(char.IsLetter).ToArray());
}
