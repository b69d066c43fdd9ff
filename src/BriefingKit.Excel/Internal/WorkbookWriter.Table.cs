// The table sheets (Positions, Quotes, Commitments, Sources): a header row and one row per item as
// an Excel table with filters and banded rows, streamed row by row from rows that may themselves be
// read from a temporary file, so neither the rows nor the sheet's XML are held in memory.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed partial class WorkbookWriter
{
    /// <summary>
    /// A table sheet. The sheet's XML goes to its spilled content in one pass over the rows; the links, notes and
    /// table it refers to are added to the package after the rows, in the order they always were (links, notes,
    /// table), so relationship ids and part names do not change.
    /// </summary>
    public void WriteTable(TableRows sheet, string tableName, IReadOnlyList<ColumnSpec> specs, string author)
    {
        var part = ReplaceSheet(sheet.Name);
        var headers = sheet.Headers;
        var columns = headers.Select(h => specs.FirstOrDefault(s => string.Equals(s.Header, h, StringComparison.OrdinalIgnoreCase)) ?? new ColumnSpec(h, ColumnKind.Text)).ToList();
        var widths = TableWidths(columns, headers, sheet.Rows());
        // A table needs at least one data row.
        var lastRow = Math.Max(sheet.Count, 1) + 1;
        var lastColumn = CellRefs.Column(columns.Count);
        var reference = "A1:" + lastColumn + lastRow.ToString(CultureInfo.InvariantCulture);

        using var writer = StartWorksheet(part);
        writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        writer.WriteElement(new SheetDimension { Reference = reference });
        writer.WriteElement(FrozenView(0, 1));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15 });
        writer.WriteElement(Widths(widths));
        writer.WriteStartElement(new SheetData());
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(TextCell(c + 1, 1, headers[c], HeaderStyle));
        writer.WriteElement(header);

        var cellNotes = new CellNotes();
        var links = new List<(int Column, int Row, string Url)>();
        // Rows read back from a file bring their own copies of repeated texts; notes and addresses are kept once each.
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        string Keep(string text)
        {
            if (kept.TryGetValue(text, out var same)) return same;
            kept[text] = text;
            return text;
        }

        var rowIndex = 1;
        foreach (var item in sheet.Rows())
        {
            rowIndex++;
            var row = new Row { RowIndex = (uint)rowIndex };
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var spec = columns[c];
                var cell = item.Cell(headers[c]);
                if (cell is not null && spec.Kind is ColumnKind.Wrap or ColumnKind.Input) lines = Math.Max(lines, Lines(cell.Text, widths[c]));
                if (cell is null || cell.IsEmpty)
                {
                    if (spec.Kind == ColumnKind.Input) row.Append(new Cell { CellReference = CellRefs.Of(c + 1, rowIndex), StyleIndex = StyleOf(spec, null) });
                    continue;
                }
                if (cell.Link is not null) links.Add((c + 1, rowIndex, Keep(cell.Link)));
                if (!string.IsNullOrEmpty(cell.Note)) cellNotes.Add(c + 1, rowIndex, Keep(RowBuilder.Clean(cell.Note)));
                row.Append(MakeCell(c + 1, rowIndex, cell, cell.Style ?? StyleOf(spec, cell)));
            }
            SetHeight(row, lines);
            writer.WriteElement(row);
        }
        if (sheet.Count == 0) writer.WriteElement(new Row { RowIndex = 2 });
        writer.WriteEndElement(); // sheetData

        var hyperlinks = LinkIds(part, links);
        var legacy = WriteNotes(cellNotes, part, author);
        var tablePart = part.AddNewPart<TableDefinitionPart>();
        var tableColumns = new TableColumns { Count = (uint)columns.Count };
        for (var c = 0; c < columns.Count; c++) tableColumns.Append(new TableColumn { Id = (uint)(c + 1), Name = headers[c] });
        tablePart.Table = new Table(
            new AutoFilter { Reference = reference },
            tableColumns,
            new TableStyleInfo { Name = "TableStyleLight9", ShowFirstColumn = false, ShowLastColumn = false, ShowRowStripes = true, ShowColumnStripes = false })
        {
            Id = NextTableId(),
            Name = tableName,
            DisplayName = tableName,
            Reference = reference,
            TotalsRowShown = false,
        };

        var overrideColumn = headers.FindIndex(h => string.Equals(h, Columns.Override, StringComparison.OrdinalIgnoreCase));
        if (overrideColumn >= 0)
        {
            var letter = CellRefs.Column(overrideColumn + 1);
            var names = string.Join(",", Enum.GetValues(typeof(Stance)).Cast<Stance>().Select(Stances.Name));
            writer.WriteElement(new DataValidations(new DataValidation(new Formula1("\"" + names + "\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                ErrorTitle = "Not a stance",
                Error = "Pick a stance from the list (or clear the cell to use the computed one).",
                PromptTitle = "Analyst override",
                Prompt = "Your stance for this position; it wins over the computed one in Matrix and History.",
                SequenceOfReferences = new ListValue<StringValue>(new[] { new StringValue(letter + "2:" + letter + lastRow.ToString(CultureInfo.InvariantCulture)) }),
            }) { Count = 1 });
        }
        if (hyperlinks.Count > 0)
        {
            writer.WriteStartElement(new Hyperlinks());
            foreach (var (cell, id) in hyperlinks) writer.WriteElement(new Hyperlink { Reference = cell, Id = id });
            writer.WriteEndElement();
        }
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (legacy is not null) writer.WriteElement(legacy);
        writer.WriteElement(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
        writer.WriteEndElement(); // worksheet
    }

    /// <summary>A writer on <paramref name="part"/>'s spilled content with the worksheet element open (relationship ids declared once, at the top).</summary>
    private OpenXmlWriter StartWorksheet(WorksheetPart part)
    {
        var writer = OpenXmlWriter.Create(_spill.Create(part), System.Text.Encoding.UTF8);
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet(), Array.Empty<OpenXmlAttribute>(),
            new[] { new KeyValuePair<string, string>("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") });
        return writer;
    }

    /// <summary>
    /// Each column's width from the first <see cref="WidthSample"/> cells it has (as <see cref="Width"/> takes them), in
    /// one pass that stops as soon as every column has its sample.
    /// </summary>
    private static List<double> TableWidths(IReadOnlyList<ColumnSpec> columns, IReadOnlyList<string> headers, IEnumerable<DataRow> rows)
    {
        var longest = headers.Select(h => h.Length + 3).ToArray();
        var sampled = new int[headers.Count];
        var open = headers.Count;
        foreach (var row in rows)
        {
            if (open == 0) break;
            for (var c = 0; c < headers.Count; c++)
            {
                if (sampled[c] == WidthSample || row.Cell(headers[c]) is not { } cell) continue;
                if (++sampled[c] == WidthSample) open--;
                longest[c] = Math.Max(longest[c], WidthOf(cell));
            }
        }
        return columns.Select((spec, c) => (double)Math.Min(spec.MaxWidth, Math.Max(6, longest[c] + 1))).ToList();
    }

    /// <summary>Each link's cell and relationship id (one relationship of <paramref name="part"/> per address); addresses that are not absolute URIs are left out.</summary>
    private static List<(string Ref, string Id)> LinkIds(WorksheetPart part, List<(int Column, int Row, string Url)> links)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<(string Ref, string Id)>(links.Count);
        foreach (var (column, row, url) in links)
        {
            if (!ids.TryGetValue(url, out var id))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) continue;
                id = part.AddHyperlinkRelationship(uri, isExternal: true).Id;
                ids[url] = id;
            }
            result.Add((CellRefs.Of(column, row), id));
        }
        return result;
    }
}
