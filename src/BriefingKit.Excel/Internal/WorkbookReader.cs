// Reads the sheets of an earlier workbook back into rows by header. Shared strings are resolved
// (their indices change whenever Excel saves), formulas, hyperlinks and style indices are kept, so
// whatever the analyst typed can be written back unchanged.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed class WorkbookReader
{
    private readonly WorkbookPart _workbook;
    private readonly List<string> _strings = new();

    public WorkbookReader(WorkbookPart workbook)
    {
        _workbook = workbook;
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        if (table is not null)
        {
            foreach (var item in table.Elements<SharedStringItem>())
                _strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
        }
    }

    public WorksheetPart? Part(string sheetName)
    {
        var sheet = _workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault(s => string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase));
        return sheet?.Id?.Value is { } id && _workbook.TryGetPartById(id, out var part) ? part as WorksheetPart : null;
    }

    /// <summary>
    /// The sheet's rows under the header row <paramref name="headerRow"/>; an empty sheet when the workbook
    /// does not have it. A value in a column without a header gets the header "Column X" so it is not lost.
    /// </summary>
    public DataSheet Read(string sheetName, int headerRow = 1)
    {
        var result = new DataSheet(sheetName);
        var part = Part(sheetName);
        if (part?.Worksheet is null) return result;
        var links = Links(part);
        var notes = Notes(part);
        var headers = new Dictionary<int, string>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var cells = row.Elements<Cell>().Select(c => (Ref: CellRefs.Parse(c.CellReference?.Value), Cell: c)).ToList();
            var rowIndex = (int)(row.RowIndex?.Value ?? 0);
            if (rowIndex < headerRow) continue;
            if (rowIndex == headerRow)
            {
                foreach (var (reference, cell) in cells)
                {
                    var text = Value(cell, null).Text.Trim();
                    if (text.Length == 0 || reference.Column == 0) continue;
                    var unique = text;
                    for (var n = 2; result.Headers.Contains(unique, StringComparer.OrdinalIgnoreCase); n++) unique = text + " " + n.ToString(CultureInfo.InvariantCulture);
                    headers[reference.Column] = unique;
                    result.AddHeader(unique);
                }
                continue;
            }
            var data = new DataRow();
            foreach (var (reference, cell) in cells)
            {
                if (reference.Column == 0) continue;
                links.TryGetValue(CellRefs.Of(reference.Column, reference.Row), out var link);
                var value = Value(cell, link);
                if (notes.TryGetValue(CellRefs.Of(reference.Column, reference.Row), out var note)) value = value.WithNote(note);
                if (value.IsEmpty && value.Kind != CellKind.Formula) continue;
                if (!headers.TryGetValue(reference.Column, out var header))
                {
                    header = "Column " + CellRefs.Column(reference.Column);
                    headers[reference.Column] = header;
                    result.AddHeader(header);
                }
                data.Set(header, value);
            }
            if (data.Cells.Count > 0) result.Rows.Add(data);
        }
        return result;
    }

    private CellData Value(Cell cell, string? link)
    {
        var style = cell.StyleIndex?.Value;
        if (cell.CellFormula is { } formula && !string.IsNullOrEmpty(formula.Text))
            return new CellData { Kind = CellKind.Formula, Text = formula.Text, Style = style, Link = link };
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Count ? _strings[i] : string.Empty;
            return new CellData { Kind = CellKind.Text, Text = text, Style = style, Link = link };
        }
        if (type == CellValues.InlineString) return new CellData { Kind = CellKind.Text, Text = cell.InlineString?.InnerText ?? string.Empty, Style = style, Link = link };
        if (type == CellValues.Boolean) return new CellData { Kind = CellKind.Boolean, Text = raw == "1" ? "1" : "0", Number = raw == "1" ? 1 : 0, Style = style, Link = link };
        if (type == CellValues.String || type == CellValues.Error) return new CellData { Kind = CellKind.Text, Text = raw, Style = style, Link = link };
        if (raw.Length > 0 && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return new CellData { Kind = CellKind.Number, Number = number, Text = raw, Style = style, Link = link };
        return new CellData { Kind = CellKind.Text, Text = raw, Style = style, Link = link };
    }

    /// <summary>The sheet's cell notes by cell reference, so notes (BriefingKit's and the analyst's) survive an update.</summary>
    private static Dictionary<string, string> Notes(WorksheetPart part)
    {
        var notes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = part.WorksheetCommentsPart?.Comments?.CommentList;
        if (list is null) return notes;
        foreach (var comment in list.Elements<Comment>())
        {
            if (comment.Reference?.Value is not { } reference || comment.CommentText is not { } text) continue;
            notes[reference] = text.Text?.Text ?? string.Concat(text.Elements<Run>().Select(r => r.Text?.Text));
        }
        return notes;
    }

    private static Dictionary<string, string> Links(WorksheetPart part)
    {
        var links = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hyperlinks = part.Worksheet?.Elements<Hyperlinks>().FirstOrDefault();
        if (hyperlinks is null) return links;
        var targets = part.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
        foreach (var hyperlink in hyperlinks.Elements<Hyperlink>())
        {
            var reference = hyperlink.Reference?.Value?.Split(':')[0];
            if (reference is null || hyperlink.Id?.Value is not { } id || !targets.TryGetValue(id, out var url)) continue;
            links[reference] = url;
        }
        return links;
    }
}
