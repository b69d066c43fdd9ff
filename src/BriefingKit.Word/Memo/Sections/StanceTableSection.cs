// The agreement/disagreement table: issues down the side, actors across, each cell the
// actor's net stance as a word, shaded by stance group.
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

        var columnWidth = (TableWidth - IssueColumn) / actors.Count;
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = StyleIds.Table },
                new TableWidth { Width = TableWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = "06A0" }),
            new TableGrid(new[] { new GridColumn { Width = IssueColumn.ToString(System.Globalization.CultureInfo.InvariantCulture) } }
                .Concat(actors.Select(_ => new GridColumn { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) }))));

        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        header.Append(Cell("Issue", IssueColumn, null));
        foreach (var actor in actors) header.Append(Cell(actor, columnWidth, null));
        table.Append(header);

        foreach (var issue in digest.Issues)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            row.Append(Cell(issue.Name, IssueColumn, null));
            foreach (var actor in actors)
            {
                var position = issue.Actors.FirstOrDefault(a => a.Actor == actor);
                row.Append(position is null ? Cell("\u2014", columnWidth, null) : Cell(Stances.Word(position.Net), columnWidth, Fill(Stances.GroupOf(position.Net))));
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

    private static TableCell Cell(string text, int width, string? fill)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (fill is not null) properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        return new TableCell(properties, Blocks.Para(null, text));
    }
}
