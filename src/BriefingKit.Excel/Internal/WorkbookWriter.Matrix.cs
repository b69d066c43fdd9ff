// The Matrix sheet: issues down the side, actors across, each cell the net stance with a note
// holding its evidence and source, then events, the change since the compared week and notes.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed partial class WorkbookWriter
{
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
        if (net.Count > 1) text.Append('\n').Append(net.Count.ToString(CultureInfo.InvariantCulture)).Append(" positions: ").Append(net.Breakdown);
        return RowBuilder.Clean(text.ToString());
    }
}
