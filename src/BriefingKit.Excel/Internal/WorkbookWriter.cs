// Writes BriefingKit's sheets into a workbook, new or existing. A sheet this writer owns gets a
// fresh worksheet part in the same place (its old part, tables and notes are removed); every
// other sheet, the analyst's styles and defined names stay as they are.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BriefingKit.Excel.Styling;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed partial class WorkbookWriter
{
    private const string HeaderFill = "1F4E78";
    private const string InputFill = "FFF2CC";

    private readonly WorkbookPart _workbook;
    private readonly StyleRegistry _styles;
    private readonly SharedStrings _strings;
    private readonly Stylesheet _stylesheet;
    private readonly PartSpill _spill;
    private int _nextShapeBlock;

    /// <param name="document">The workbook to write into.</param>
    /// <param name="spill">Where the large parts' XML goes instead of the package (see <see cref="PartSpill"/>).</param>
    public WorkbookWriter(SpreadsheetDocument document, PartSpill spill)
    {
        _spill = spill;
        _workbook = document.WorkbookPart ?? document.AddWorkbookPart();
        _workbook.Workbook ??= new Workbook();
        _workbook.Workbook.Sheets ??= new Sheets();
        var stylesPart = _workbook.WorkbookStylesPart ?? _workbook.AddNewPart<WorkbookStylesPart>();
        var existing = stylesPart.Stylesheet;
        _styles = StyleRegistry.For(existing, out _stylesheet);
        if (existing is null) stylesPart.Stylesheet = _stylesheet;
        _strings = new SharedStrings(_workbook, spill);
        // Cell positions change, so Excel's calculation chain would point at the wrong cells: Excel rebuilds it.
        if (_workbook.CalculationChainPart is { } chain) _workbook.DeletePart(chain);
        _nextShapeBlock = CellNotes.LastShapeBlock(_workbook, except: Columns.Owned) + 1;
    }

    private static StyleSpec Base => new();

    private uint HeaderStyle => _styles.Get(Base with { Bold = true, FontColor = "FFFFFF", Fill = HeaderFill, Wrap = true, Border = true, Middle = true });

    public void Finish()
    {
        _strings.Save();
        _workbook.Workbook.CalculationProperties ??= new CalculationProperties();
        _workbook.Workbook.CalculationProperties.FullCalculationOnLoad = true;
        _workbook.Workbook.Save();
        MarkAsOurs();
    }

    // Application "BriefingKit" in the extended properties says who wrote the file, as Excel writes its own name there.
    private void MarkAsOurs()
    {
        if (_workbook.OpenXmlPackage is not SpreadsheetDocument document) return;
        var part = document.ExtendedFilePropertiesPart ?? document.AddExtendedFilePropertiesPart();
        part.Properties ??= new DocumentFormat.OpenXml.ExtendedProperties.Properties();
        var application = part.Properties.GetFirstChild<DocumentFormat.OpenXml.ExtendedProperties.Application>();
        if (application is null) part.Properties.PrependChild(application = new DocumentFormat.OpenXml.ExtendedProperties.Application());
        application.Text = "BriefingKit";
        part.Properties.Save();
    }

    /// <summary>The History sheet: issue, actor, one column per week with the net stance coloured by group.</summary>
    public void WriteHistory(DataSheet history)
    {
        var part = ReplaceSheet(history.Name);
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < history.Headers.Count; c++) header.Append(TextCell(c + 1, 1, history.Headers[c], HeaderStyle));
        data.Append(header);
        var rowIndex = 1;
        foreach (var item in history.Rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = (uint)rowIndex };
            for (var c = 0; c < history.Headers.Count; c++)
            {
                var cell = item.Cell(history.Headers[c]);
                if (cell is null || cell.IsEmpty) continue;
                var isWeek = IsoWeek.TryParse(history.Headers[c], out _);
                uint style;
                if (isWeek && Stances.TryParse(cell.Text, out var stance)) style = StanceStyle(Stances.GroupOf(stance));
                else style = cell.Style ?? _styles.Get(Base with { Bold = c == 0 });
                row.Append(MakeCell(c + 1, rowIndex, cell, style));
            }
            data.Append(row);
        }
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(FrozenView(2, 1));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        worksheet.Append(Widths(history.Headers.Select((h, c) => c switch
        {
            0 => Width(new ColumnSpec(h, ColumnKind.Text, 32), h, history.Rows.Select(r => r.Cell(h))),
            1 => Width(new ColumnSpec(h, ColumnKind.Text, 26), h, history.Rows.Select(r => r.Cell(h))),
            _ => Width(new ColumnSpec(h, ColumnKind.Text, 30), h, history.Rows.Select(r => r.Cell(h))),
        }).ToList()));
        worksheet.Append(data);
        if (history.Rows.Count > 0)
            worksheet.Append(new AutoFilter { Reference = "A1:" + CellRefs.Of(history.Headers.Count, rowIndex) });
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        part.Worksheet = worksheet;
        if (history.Rows.Count > 0) SetDefinedName("_xlnm._FilterDatabase", history.Name, $"'{history.Name}'!$A$1:${CellRefs.Column(history.Headers.Count)}${rowIndex}", hidden: true);
    }

    /// <summary>The sheet's notes, with shape ids after those of the sheets written before it.</summary>
    private LegacyDrawing? WriteNotes(CellNotes notes, WorksheetPart part, string author)
    {
        if (notes.Count == 0) return null;
        var legacy = notes.Write(part, RowBuilder.Clean(author), _spill, _nextShapeBlock);
        _nextShapeBlock += notes.Blocks;
        return legacy;
    }

    private uint StanceStyle(StanceGroup group)
    {
        var (fill, font) = group switch
        {
            StanceGroup.Cooperative => ("C6EFCE", "006100"),
            StanceGroup.Appeal => ("FFEB9C", "7F6000"),
            StanceGroup.Conflict => ("FFC7CE", "9C0006"),
            _ => ("E7E6E6", "3A3838"),
        };
        return _styles.Get(Base with { Fill = fill, FontColor = font, Border = true, Horizontal = HorizontalAlignmentValues.Center });
    }

    private uint StyleOf(ColumnSpec spec, CellData? cell) => spec.Kind switch
    {
        ColumnKind.Wrap => _styles.Get(Base with { Wrap = true }),
        ColumnKind.Date => _styles.Get(Base with { NumberFormat = "yyyy-mm-dd", Horizontal = HorizontalAlignmentValues.Left }),
        ColumnKind.Link when cell?.Link is not null => _styles.Get(Base with { FontColor = "0563C1", Underline = true }),
        ColumnKind.Input => _styles.Get(Base with { Fill = InputFill, Wrap = true }),
        ColumnKind.Key => _styles.Get(Base with { FontColor = "808080", FontSize = 9 }),
        _ => _styles.Get(Base),
    };

    private Cell MakeCell(int column, int row, CellData data, uint style)
    {
        var reference = CellRefs.Of(column, row);
        switch (data.Kind)
        {
            case CellKind.Number:
            case CellKind.Date:
                return new Cell(new CellValue(data.Number.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style };
            case CellKind.Boolean:
                return new Cell(new CellValue(data.Number != 0 ? "1" : "0")) { CellReference = reference, StyleIndex = style, DataType = CellValues.Boolean };
            case CellKind.Formula:
                return new Cell(new CellFormula(data.Text)) { CellReference = reference, StyleIndex = style };
            default:
                return TextCell(column, row, data.Text, style);
        }
    }

    // Text that looks like a formula is written as text, and its style has quotePrefix so that Excel
    // keeps it text when the analyst edits the cell (it would otherwise evaluate "=HYPERLINK(…)").
    private Cell TextCell(int column, int row, string text, uint style) =>
        new(new CellValue(_strings.IndexOfCell(text).ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = CellRefs.Of(column, row),
            StyleIndex = FormulaText.LooksLikeFormula(text) ? _styles.WithQuotePrefix(style) : style,
            DataType = CellValues.SharedString,
        };

    private static Cell NumberCell(int column, int row, double value, uint style) =>
        new(new CellValue(value.ToString("R", CultureInfo.InvariantCulture))) { CellReference = CellRefs.Of(column, row), StyleIndex = style };

    /// <summary>
    /// How many lines wrapped text takes in a column <paramref name="width"/> characters wide (an estimate:
    /// no font measuring). Clients do not reliably fit row heights on open, so heights are written.
    /// </summary>
    private static int Lines(string text, double width)
    {
        if (string.IsNullOrEmpty(text)) return 1;
        var perLine = Math.Max(1, (int)(width * 1.25) - 1);
        var lines = 0;
        foreach (var paragraph in text.Split('\n')) lines += Math.Max(1, (paragraph.Length + perLine - 1) / perLine);
        return Math.Min(lines, 20);
    }

    private static void SetHeight(Row row, int lines)
    {
        if (lines <= 1) return;
        row.Height = 15 * lines;
        row.CustomHeight = true;
    }

    /// <summary>Width in characters from the longest text (no font measuring, so no GDI): header plus room for the filter button, capped.</summary>
    private static double Width(ColumnSpec spec, string header, IEnumerable<CellData?> cells)
    {
        var longest = header.Length + 3;
        var sampled = 0;
        foreach (var cell in cells)
        {
            if (cell is null || ++sampled > WidthSample) continue;
            longest = Math.Max(longest, WidthOf(cell));
        }
        return Math.Min(spec.MaxWidth, Math.Max(6, longest + 1));
    }

    /// <summary>How many of a column's cells (the first ones that are there) its width is taken from.</summary>
    private const int WidthSample = 2000;

    /// <summary>The characters a cell needs: its longest line.</summary>
    private static int WidthOf(CellData cell) => cell.Kind switch
    {
        CellKind.Date => 10,
        CellKind.Number => Math.Min(12, cell.Text.Length),
        _ => cell.Text.Split('\n').Select(l => l.Length).DefaultIfEmpty(0).Max(),
    };

    private static DocumentFormat.OpenXml.Spreadsheet.Columns Widths(IReadOnlyList<double> widths)
    {
        var columns = new DocumentFormat.OpenXml.Spreadsheet.Columns();
        for (var c = 0; c < widths.Count; c++)
            columns.Append(new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Round(widths[c], 2), CustomWidth = true });
        return columns;
    }

    private static SheetViews FrozenView(int columns, int rows)
    {
        var topLeft = CellRefs.Of(columns + 1, rows + 1);
        var pane = new Pane { TopLeftCell = topLeft, State = PaneStateValues.Frozen };
        PaneValues active;
        if (columns > 0 && rows > 0) { pane.HorizontalSplit = columns; pane.VerticalSplit = rows; active = PaneValues.BottomRight; }
        else if (rows > 0) { pane.VerticalSplit = rows; active = PaneValues.BottomLeft; }
        else { pane.HorizontalSplit = columns; active = PaneValues.TopRight; }
        pane.ActivePane = active;
        return new SheetViews(new SheetView(pane, new Selection { Pane = active, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue>(new[] { new StringValue(topLeft) }) }) { WorkbookViewId = 0 });
    }

    /// <summary>A fresh worksheet part for <paramref name="name"/>, in the old sheet's place or added at the end.</summary>
    private WorksheetPart ReplaceSheet(string name)
    {
        var sheets = _workbook.Workbook.Sheets!;
        var part = _workbook.AddNewPart<WorksheetPart>();
        var id = _workbook.GetIdOfPart(part);
        var list = sheets.Elements<Sheet>().ToList();
        var index = list.FindIndex(s => string.Equals(s.Name?.Value, name, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            var sheet = list[index];
            if (sheet.Id?.Value is { } oldId && _workbook.TryGetPartById(oldId, out var old)) _workbook.DeletePart(old);
            sheet.Id = id;
            return part;
        }
        var sheetId = list.Select(s => s.SheetId?.Value ?? 0u).DefaultIfEmpty(0u).Max() + 1;
        sheets.Append(new Sheet { Name = name, SheetId = sheetId, Id = id });
        return part;
    }

    private uint NextTableId()
    {
        var max = 0u;
        foreach (var worksheet in _workbook.WorksheetParts)
            foreach (var table in worksheet.TableDefinitionParts)
                max = Math.Max(max, table.Table?.Id?.Value ?? 0u);
        return max + 1;
    }

    private void SetDefinedName(string name, string sheetName, string text, bool hidden)
    {
        var workbook = _workbook.Workbook;
        var sheets = workbook.Sheets!.Elements<Sheet>().ToList();
        var index = (uint)sheets.FindIndex(s => s.Name?.Value == sheetName);
        var names = workbook.DefinedNames;
        if (names is null)
        {
            names = new DefinedNames();
            // definedNames goes after sheets (and externalReferences), before calcPr.
            workbook.InsertAfter(names, (OpenXmlElement?)workbook.GetFirstChild<ExternalReferences>() ?? workbook.Sheets);
        }
        foreach (var old in names.Elements<DefinedName>().Where(d => d.Name?.Value == name && d.LocalSheetId?.Value == index).ToList()) old.Remove();
        var definedName = new DefinedName(text) { Name = name, LocalSheetId = index };
        if (hidden) definedName.Hidden = true;
        names.Append(definedName);
    }
}
