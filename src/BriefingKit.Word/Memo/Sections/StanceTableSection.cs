// The agreement/disagreement table: issues down the side, actors across, each cell the
// actor's net stance as a word, shaded by stance group.
using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class StanceTableSection : IMemoSection
{
    private const int TableWidth = 9360;
    private const int IssueColumn = 2200;
    private const int MinIssueColumn = 1500;
    private const int CellMargins = 216;
    private const int CharWidth = 120;
    private const int HeaderHalfPoints = 18;
    private const int MinHeaderHalfPoints = 12;

    public static string Fill(StanceGroup group) => group switch
    {
        StanceGroup.Cooperative => "C6EFCE",
        StanceGroup.Appeal => "FFEB9C",
        StanceGroup.Conflict => "FFC7CE",
        _ => "E7E6E6",
    };

    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var digest = context.Digest;
        var actors = digest.TableActors;
        if (actors.Count == 0 || digest.Issues.Count == 0) yield break;
        yield return Blocks.Para(StyleIds.Heading1, "Agreement and disagreement");
        yield return Legend();

        // Each actor column is wide enough for the longest word of the names and stance words in it ("Afghanistan",
        // "criticizes" must not break inside the word); the issue column takes what is left, down to a minimum, and
        // past that the table's type shrinks in proportion.
        var cellWords = digest.Issues.SelectMany(i => i.Actors).Select(a => Stances.Word(a.Net));
        var need = actors.Concat(cellWords).Max(WordWidth);
        var columnWidth = Math.Max(need, (TableWidth - IssueColumn) / actors.Count);
        int? typeHalfPoints = null;
        if (TableWidth - columnWidth * actors.Count < MinIssueColumn)
        {
            // Smaller type in proportion, so the longest word still fits (never under 6 points).
            columnWidth = (TableWidth - MinIssueColumn) / actors.Count;
            typeHalfPoints = Math.Max(MinHeaderHalfPoints, HeaderHalfPoints * (columnWidth - CellMargins) / (need - CellMargins));
        }
        var issueColumn = TableWidth - columnWidth * actors.Count;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.Table },
                new TableWidth { Width = TableWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "06A0" }),
            new TableGrid(new[] { new GridColumn { Width = issueColumn.ToString(System.Globalization.CultureInfo.InvariantCulture) } }
                .Concat(actors.Select(_ => new GridColumn { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }))));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(Cell("Issue", issueColumn, null, typeHalfPoints));
        foreach (var actor in actors) header.Append(Cell(actor, columnWidth, null, typeHalfPoints));
        table.Append(header);

        foreach (var issue in digest.Issues)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(Cell(issue.Name, issueColumn, null, typeHalfPoints));
            foreach (var actor in actors)
            {
                var position = issue.Actors.FirstOrDefault(a => a.Actor == actor);
                row.Append(position is null ? Cell("\u2014", columnWidth, null, typeHalfPoints) : Cell(Stances.Word(position.Net), columnWidth, Fill(Stances.GroupOf(position.Net)), typeHalfPoints));
            }
            table.Append(row);
        }
        yield return table;
        yield return Blocks.Para(null, Blocks.Text("Each cell is the actor's most frequent substantive stance on the issue across the sources; the sections above give the evidence.", italic: true, color: "595959"));
    }

    private static Paragraph Legend()
    {
        var paragraph = Blocks.Para(null, Blocks.Text("Key: "));
        paragraph.PrependChild(new ParagraphProperties(new KeepNext())); // the key stays with the table
        foreach (var (group, label) in new[] { (StanceGroup.Cooperative, "cooperative"), (StanceGroup.Appeal, "appeal"), (StanceGroup.Conflict, "conflict"), (StanceGroup.Statement, "statement") })
        {
            var run = Blocks.Text(" " + label + " ");
            run.RunProperties ??= new RunProperties();
            run.RunProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Fill(group) });
            paragraph.Append(run, Blocks.Text(" "));
        }
        return paragraph;
    }

    private static TableCell Cell(string text, int width, string? fill, int? halfPoints = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        var run = Blocks.Text(text);
        if (halfPoints is { } size) (run.RunProperties ??= new RunProperties()).Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return new TableCell(properties, Blocks.Para(null, run));
    }

    // The width (twentieths of a point) the longest word of a name needs in the table's 9-point type (bold in the header):
    // at most about 120 per character in the fonts Calibri falls back to (Carlito, DejaVu Sans), plus the cell margins (108 each side).
    private static int WordWidth(string name) =>
        name.Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(1).Max() * CharWidth + CellMargins;
}
