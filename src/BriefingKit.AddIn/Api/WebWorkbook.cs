// Excel on the web's insertWorksheetsFromBase64 does not take sheets with notes (comments) or
// charts, so for the web the matrix's notes become a column on the same rows and drawings go.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.AddIn.Api;

/// <summary>Rewrites a workbook so Excel on the web can insert its sheets.</summary>
public static class WebWorkbook
{
    /// <summary>The header of the column that takes each sheet's notes.</summary>
    public const string NotesHeader = "Notes";

    /// <summary>
    /// Returns <paramref name="xlsx"/> without notes or drawings: each sheet's notes are written as text in
    /// a column after its last used column, on the row of the cell they belonged to, prefixed with that cell's
    /// reference (e.g. "C4: said on Tuesday").
    /// </summary>
    /// <param name="xlsx">The workbook.</param>
    /// <returns>The rewritten workbook.</returns>
    public static byte[] WithoutNotesOrCharts(byte[] xlsx)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            foreach (var sheet in document.WorkbookPart!.WorksheetParts) Rewrite(sheet);
        }
        return stream.ToArray();
    }

    private static void Rewrite(WorksheetPart sheet)
    {
        var worksheet = sheet.Worksheet!;
        if (sheet.WorksheetCommentsPart is { } commentsPart)
        {
            var notes = commentsPart.Comments?.CommentList?.Elements<Comment>()
                .Select(c => (Reference: c.Reference?.Value ?? "", Text: c.CommentText?.InnerText ?? ""))
                .Where(n => n.Reference.Length > 0).ToList() ?? [];
            MoveNotesToColumn(worksheet, notes);
            sheet.DeletePart(commentsPart);
        }
        foreach (var vml in sheet.VmlDrawingParts.ToList()) sheet.DeletePart(vml);
        worksheet.RemoveAllChildren<LegacyDrawing>();
        if (sheet.DrawingsPart is { } drawings) sheet.DeletePart(drawings);
        worksheet.RemoveAllChildren<Drawing>();
    }

    private static void MoveNotesToColumn(Worksheet worksheet, List<(string Reference, string Text)> notes)
    {
        if (notes.Count == 0) return;
        var data = worksheet.GetFirstChild<SheetData>()!;
        var lastColumn = data.Descendants<Cell>().Select(c => ColumnOf(c.CellReference?.Value)).DefaultIfEmpty(0).Max();
        var column = ColumnName(lastColumn + 1);
        // The header goes on the first row that has cells, which is the title or the table header.
        var byRow = notes.GroupBy(n => RowOf(n.Reference)).ToDictionary(g => g.Key, g => string.Join("\n", g.Select(n => $"{n.Reference}: {n.Text}")));
        var firstRow = data.Elements<Row>().FirstOrDefault()?.RowIndex?.Value ?? 1;
        if (!byRow.ContainsKey(firstRow)) byRow[firstRow] = NotesHeader;
        foreach (var (rowIndex, text) in byRow.OrderBy(p => p.Key))
        {
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex?.Value == rowIndex);
            if (row is null)
            {
                row = new Row { RowIndex = rowIndex };
                var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex?.Value < rowIndex);
                if (after is null) data.PrependChild(row); else after.InsertAfterSelf(row);
            }
            row.Spans = null;
            row.Append(new Cell
            {
                CellReference = column + rowIndex,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        // The stored used range no longer covers the new column; Excel recomputes it when it is absent.
        worksheet.RemoveAllChildren<SheetDimension>();
    }

    private static int ColumnOf(string? reference)
    {
        var column = 0;
        foreach (var c in reference ?? "")
        {
            if (!char.IsAsciiLetterUpper(c)) break;
            column = column * 26 + (c - 'A' + 1);
        }
        return column;
    }

    private static uint RowOf(string reference) => uint.Parse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9')), System.Globalization.CultureInfo.InvariantCulture);

    private static string ColumnName(int column)
    {
        var name = "";
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }
}
