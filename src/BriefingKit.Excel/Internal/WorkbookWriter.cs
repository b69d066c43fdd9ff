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

internal sealed class WorkbookWriter
{
    private const string HeaderFill = "1F4E78";
    private const string InputFill = "FFF2CC";

    private readonly WorkbookPart _workbook;
    private readonly StyleRegistry _styles;
    private readonly SharedStrings _strings;
    private readonly Stylesheet _stylesheet;
    private int _nextShapeBlock;

    public WorkbookWriter(SpreadsheetDocument document)
    {
        _workbook = document.WorkbookPart ?? document.AddWorkbookPart();
        _workbook.Workbook ??= new Workbook();
        _workbook.Workbook.Sheets ??= new Sheets();
        var stylesPart = _workbook.WorkbookStylesPart ?? _workbook.AddNewPart<WorkbookStylesPart>();
        var existing = stylesPart.Stylesheet;
        _styles = StyleRegistry.For(existing, out _stylesheet);
        if (existing is null) stylesPart.Stylesheet = _stylesheet;
        _strings = new SharedStrings(_workbook);
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
    }

    /// <summary>A table sheet: a header row and one row per item as an Excel table with filters and banded rows.</summary>
    public void WriteTable(DataSheet sheet, string tableName, IReadOnlyList<ColumnSpec> specs, string author)
    {
        var part = ReplaceSheet(sheet.Name);
        var cellNotes = new CellNotes();
        var columns = sheet.Headers.Select(h => specs.FirstOrDefault(s => string.Equals(s.Header, h, StringComparison.OrdinalIgnoreCase)) ?? new ColumnSpec(h, ColumnKind.Text)).ToList();
        var data = new SheetData();
        var links = new List<(string Ref, string Url)>();

        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < columns.Count; c++) header.Append(TextCell(c + 1, 1, sheet.Headers[c], HeaderStyle));
        data.Append(header);

        var widths = columns.Select((spec, c) => Width(spec, sheet.Headers[c], sheet.Rows.Select(r => r.Cell(sheet.Headers[c])))).ToList();
        var rowIndex = 1;
        foreach (var item in sheet.Rows)
        {
            rowIndex++;
            var row = new Row { RowIndex = (uint)rowIndex };
            var lines = 1;
            for (var c = 0; c < columns.Count; c++)
            {
                var spec = columns[c];
                var cell = item.Cell(sheet.Headers[c]);
                if (cell is not null && spec.Kind is ColumnKind.Wrap or ColumnKind.Input) lines = Math.Max(lines, Lines(cell.Text, widths[c]));
                if (cell is null || cell.IsEmpty)
                {
                    if (spec.Kind == ColumnKind.Input) row.Append(new Cell { CellReference = CellRefs.Of(c + 1, rowIndex), StyleIndex = StyleOf(spec, null) });
                    continue;
                }
                row.Append(MakeCell(c + 1, rowIndex, cell, cell.Style ?? StyleOf(spec, cell)));
                if (cell.Link is not null) links.Add((CellRefs.Of(c + 1, rowIndex), cell.Link));
                if (!string.IsNullOrEmpty(cell.Note)) cellNotes.Add(c + 1, rowIndex, RowBuilder.Clean(cell.Note));
            }
            SetHeight(row, lines);
            data.Append(row);
        }
        if (sheet.Rows.Count == 0)
        {
            // A table needs at least one data row.
            rowIndex = 2;
            data.Append(new Row { RowIndex = 2 });
        }
        var lastColumn = CellRefs.Column(columns.Count);
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(new SheetDimension { Reference = "A1:" + lastColumn + rowIndex.ToString(CultureInfo.InvariantCulture) });
        worksheet.Append(FrozenView(0, 1));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        worksheet.Append(Widths(widths));
        worksheet.Append(data);

        var overrideColumn = sheet.Headers.FindIndex(h => string.Equals(h, Columns.Override, StringComparison.OrdinalIgnoreCase));
        if (overrideColumn >= 0)
        {
            var letter = CellRefs.Column(overrideColumn + 1);
            var names = string.Join(",", Enum.GetValues(typeof(Stance)).Cast<Stance>().Select(Stances.Name));
            worksheet.Append(new DataValidations(new DataValidation(new Formula1("\"" + names + "\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowInputMessage = true,
                ShowErrorMessage = true,
                ErrorTitle = "Not a stance",
                Error = "Pick a stance from the list (or clear the cell to use the computed one).",
                PromptTitle = "Analyst override",
                Prompt = "Your stance for this position; it wins over the computed one in Matrix and History.",
                SequenceOfReferences = new ListValue<StringValue>(new[] { new StringValue(letter + "2:" + letter + Math.Max(rowIndex, 2).ToString(CultureInfo.InvariantCulture)) }),
            }) { Count = 1 });
        }
        AppendLinks(part, worksheet, links);
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (WriteNotes(cellNotes, part, author) is { } legacy) worksheet.Append(legacy);

        var tablePart = part.AddNewPart<TableDefinitionPart>();
        var reference = "A1:" + lastColumn + rowIndex.ToString(CultureInfo.InvariantCulture);
        var tableColumns = new TableColumns { Count = (uint)columns.Count };
        for (var c = 0; c < columns.Count; c++) tableColumns.Append(new TableColumn { Id = (uint)(c + 1), Name = sheet.Headers[c] });
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
        worksheet.Append(new TableParts(new TablePart { Id = part.GetIdOfPart(tablePart) }) { Count = 1 });
        part.Worksheet = worksheet;
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

    /// <summary>
    /// "Change vs 2021-W14", saying how far back the compared week is when it is not the week before
    /// ("Change vs 2021-W15 (100 weeks earlier)"): History compares with the latest earlier week it has.
    /// </summary>
    private static string ChangeHeader(MatrixModel model)
    {
        if (model.Previous is not { } previous) return "Change vs last week";
        var weeks = (int)Math.Round((model.Week.Monday - previous.Monday).TotalDays / 7);
        return weeks <= 1 ? "Change vs " + previous : FormattableString.Invariant($"Change vs {previous} ({weeks} weeks earlier)");
    }

    /// <summary>The Matrix sheet: title, header row, one row per issue, legend; notes on the stance cells.</summary>
    public void WriteMatrix(MatrixModel model, string title, string author, MatrixHandColumns hand)
    {
        var part = ReplaceSheet(Columns.MatrixSheet);
        var data = new SheetData();
        var cellNotes = new CellNotes();
        var actors = model.Actors;
        var eventsColumn = actors.Count + 2;
        var changeColumn = actors.Count + 3;
        var notesColumn = actors.Count + 4;

        var week = model.Week;
        var heading = FormattableString.Invariant($"{title} — {week} ({week.Monday:d MMM} – {week.Sunday:d MMM yyyy}) · {model.Inputs} input{(model.Inputs == 1 ? string.Empty : "s")}");
        data.Append(new Row(TextCell(1, 1, RowBuilder.Clean(heading), _styles.Get(Base with { Bold = true, FontSize = 14, FontColor = HeaderFill, Top = false })))
        { RowIndex = 1, Height = 24, CustomHeight = true });

        var header = new Row { RowIndex = 2, Height = 30, CustomHeight = true };
        header.Append(TextCell(1, 2, Columns.Issue, HeaderStyle));
        for (var a = 0; a < actors.Count; a++)
            header.Append(TextCell(a + 2, 2, actors[a], _styles.Get(Base with { Bold = true, FontColor = "FFFFFF", Fill = HeaderFill, Wrap = true, Border = true, Middle = true, Horizontal = HorizontalAlignmentValues.Center })));
        header.Append(TextCell(eventsColumn, 2, "Events", _styles.Get(Base with { Bold = true, FontColor = "FFFFFF", Fill = HeaderFill, Wrap = true, Border = true, Middle = true, Horizontal = HorizontalAlignmentValues.Center })));
        header.Append(TextCell(changeColumn, 2, ChangeHeader(model), HeaderStyle));
        header.Append(TextCell(notesColumn, 2, Columns.Notes, HeaderStyle));
        for (var x = 0; x < hand.Extra.Count; x++) header.Append(TextCell(notesColumn + 1 + x, 2, hand.Extra[x], HeaderStyle));
        data.Append(header);

        var widths = new List<double> { Math.Min(32, Math.Max(14, model.Issues.Select(i => i.Length).DefaultIfEmpty(0).Max() + 2)) };
        widths.AddRange(actors.Select(a => (double)Math.Min(22, Math.Max(13, a.Length + 2))));
        widths.Add(8);
        widths.Add(Math.Min(36, Math.Max(14, model.Changes.Values.Select(v => v.Length).DefaultIfEmpty(0).Max() + 2)));
        widths.Add(30);
        widths.AddRange(hand.Extra.Select(_ => 24.0));

        var issueStyle = _styles.Get(Base with { Bold = true, Border = true, Wrap = true });
        var emptyStyle = _styles.Get(Base with { Border = true });
        var rowIndex = 2;
        foreach (var issue in model.Issues)
        {
            rowIndex++;
            var row = new Row { RowIndex = (uint)rowIndex };
            row.Append(TextCell(1, rowIndex, issue, issueStyle));
            for (var a = 0; a < actors.Count; a++)
            {
                if (!model.Cells.TryGetValue((issue, actors[a]), out var net))
                {
                    row.Append(new Cell { CellReference = CellRefs.Of(a + 2, rowIndex), StyleIndex = emptyStyle });
                    continue;
                }
                var word = Stances.Word(net.Stance) + (net.Overridden ? " *" : string.Empty);
                row.Append(TextCell(a + 2, rowIndex, word, StanceStyle(Stances.GroupOf(net.Stance))));
                cellNotes.Add(a + 2, rowIndex, NoteText(actors[a], issue, net));
            }
            row.Append(NumberCell(eventsColumn, rowIndex, model.Events.TryGetValue(issue, out var events) ? events : 0,
                _styles.Get(Base with { Border = true, Horizontal = HorizontalAlignmentValues.Center })));
            var change = model.Changes.TryGetValue(issue, out var text) ? text : string.Empty;
            row.Append(TextCell(changeColumn, rowIndex, change,
                _styles.Get(Base with { Border = true, Wrap = true, Horizontal = change.Length <= 3 ? HorizontalAlignmentValues.Center : null })));
            hand.Cells.TryGetValue(issue, out var typed);
            var lines = Math.Max(Lines(issue, widths[0]), Lines(change, widths[changeColumn - 1]));
            if (typed?.Cell(Columns.Notes) is { } typedNote) lines = Math.Max(lines, Lines(typedNote.Text, widths[notesColumn - 1]));
            SetHeight(row, lines);
            if (typed?.Cell(Columns.Notes) is { IsEmpty: false } note) row.Append(MakeCell(notesColumn, rowIndex, note, note.Style ?? NotesStyle));
            else row.Append(new Cell { CellReference = CellRefs.Of(notesColumn, rowIndex), StyleIndex = NotesStyle });
            for (var x = 0; x < hand.Extra.Count; x++)
                if (typed?.Cell(hand.Extra[x]) is { IsEmpty: false } value) row.Append(MakeCell(notesColumn + 1 + x, rowIndex, value, value.Style ?? _styles.Get(Base with { Wrap = true })));
            data.Append(row);
        }
        if (model.Issues.Count == 0)
        {
            rowIndex++;
            data.Append(new Row(TextCell(1, rowIndex, "No positions were found for " + week + ".", _styles.Get(Base with { Italic = true }))) { RowIndex = (uint)rowIndex });
        }

        // Legend and how-to, below the matrix.
        rowIndex += 2;
        var legend = new Row { RowIndex = (uint)rowIndex };
        legend.Append(TextCell(1, rowIndex, "Legend", _styles.Get(Base with { Bold = true })));
        var groups = new[] { StanceGroup.Cooperative, StanceGroup.Appeal, StanceGroup.Conflict, StanceGroup.Statement };
        for (var g = 0; g < groups.Length; g++) legend.Append(TextCell(g + 2, rowIndex, groups[g].ToString().ToLowerInvariant(), StanceStyle(groups[g])));
        data.Append(legend);
        var help = new[]
        {
            "Cooperative: agrees, supports, commits · appeal: proposes, urges · conflict: concerned, disagrees, rejects, criticizes · statement: reiterates, discusses.",
            "Hover a stance for its evidence and source. * = analyst override (Positions › Analyst override). Change: ▲ more cooperative, ▼ less, = same, new = not in the previous week of History, no stance = raised but no actor took a stance, – = no earlier week.",
        };
        foreach (var line in help)
        {
            rowIndex++;
            data.Append(new Row(TextCell(1, rowIndex, line, _styles.Get(Base with { Italic = true, FontColor = "595959", Top = false }))) { RowIndex = (uint)rowIndex });
        }

        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        worksheet.Append(FrozenView(1, 2));
        worksheet.Append(new SheetFormatProperties { DefaultRowHeight = 15 });
        worksheet.Append(Widths(widths));
        worksheet.Append(data);
        worksheet.Append(new PageMargins { Left = 0.4, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        if (WriteNotes(cellNotes, part, author) is { } legacy) worksheet.Append(legacy);
        part.Worksheet = worksheet;
        SetDefinedName("_xlnm.Print_Titles", Columns.MatrixSheet, $"'{Columns.MatrixSheet}'!$A:$A,'{Columns.MatrixSheet}'!$1:$2", hidden: false);
    }

    /// <summary>The sheet's notes, with shape ids after those of the sheets written before it.</summary>
    private LegacyDrawing? WriteNotes(CellNotes notes, WorksheetPart part, string author)
    {
        if (notes.Count == 0) return null;
        var legacy = notes.Write(part, RowBuilder.Clean(author), _nextShapeBlock);
        _nextShapeBlock += notes.Blocks;
        return legacy;
    }

    private uint NotesStyle => _styles.Get(Base with { Fill = InputFill, Border = true, Wrap = true });

    private static string NoteText(string actor, string issue, NetStance net)
    {
        var e = net.Evidence;
        var text = new System.Text.StringBuilder();
        text.Append(actor).Append(" — ").Append(issue).Append(": ").Append(Stances.Word(net.Stance));
        if (net.Overridden) text.Append(" (analyst override)");
        text.Append('\n');
        if (e.Evidence.Length > 0)
        {
            var evidence = e.Evidence.Length > 600 ? e.Evidence.Substring(0, 599) + "…" : e.Evidence;
            text.Append('“').Append(evidence).Append("”\n");
        }
        // The evidence is a readout's narration as often as someone's own words, so the speaker is named apart from it.
        var when = e.Date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : e.Week.ToString();
        var line = e.Line > 0 ? ", line " + e.Line.ToString(CultureInfo.InvariantCulture) : string.Empty;
        // Traceable: the event's title and the document (file or address) with the line the evidence is on.
        text.Append("Source: ").Append(e.Event.Length > 0 ? e.Event : e.Source);
        if (e.Event.Length > 0 && e.Source.Length > 0 && !string.Equals(e.Event, e.Source, StringComparison.Ordinal)) text.Append(" — ").Append(e.Source);
        text.Append(" (").Append(when).Append(line).Append(')');
        if (e.Speaker.Length > 0) text.Append("\nSpeaker: ").Append(e.Speaker);
        if (net.Count > 1) text.Append("\n").Append(net.Count.ToString(CultureInfo.InvariantCulture)).Append(" positions: ").Append(net.Breakdown);
        return RowBuilder.Clean(text.ToString());
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

    private Cell TextCell(int column, int row, string text, uint style) =>
        new(new CellValue(_strings.Index(RowBuilder.Clean(text)).ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = CellRefs.Of(column, row),
            StyleIndex = style,
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
            if (cell is null || ++sampled > 2000) continue;
            var length = cell.Kind switch
            {
                CellKind.Date => 10,
                CellKind.Number => Math.Min(12, cell.Text.Length),
                _ => cell.Text.Split('\n').Select(l => l.Length).DefaultIfEmpty(0).Max(),
            };
            longest = Math.Max(longest, length);
        }
        return Math.Min(spec.MaxWidth, Math.Max(6, longest + 1));
    }

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

    private static void AppendLinks(WorksheetPart part, Worksheet worksheet, List<(string Ref, string Url)> links)
    {
        if (links.Count == 0) return;
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var hyperlinks = new Hyperlinks();
        foreach (var (reference, url) in links)
        {
            if (!ids.TryGetValue(url, out var id))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) continue;
                id = part.AddHyperlinkRelationship(uri, isExternal: true).Id;
                ids[url] = id;
            }
            hyperlinks.Append(new Hyperlink { Reference = reference, Id = id });
        }
        if (hyperlinks.HasChildren) worksheet.Append(hyperlinks);
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
