// Positions, Quotes, Commitments and Sources as Excel tables: real dates, numbers, hyperlinks,
// the Analyst override drop-down, stable keys, and text that would otherwise break the file.
using System;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using DocumentFormat.OpenXml.Spreadsheet;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Tables;

public sealed class TableSheetTests
{
    private static readonly DateTime Thursday = new(2021, 4, 15);

    [Fact]
    public async Task Write_Positions_IsATableWithRealDatesLinksAndOverrideDropDown()
    {
        var bytes = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7), P("Russia", "ukraine", Stance.Reject, 9, "s2")) });

        using var xlsx = Xlsx.Open(bytes);
        var rows = xlsx.Rows("Positions");
        Assert.Equal(2, rows.Count);
        Assert.Equal("2021-W15", rows[0]["Week"]);
        Assert.Equal("United States", rows[0]["Actor"]);
        Assert.Equal("Ukraine", rows[0]["Issue"]);
        Assert.Equal("urge", rows[0]["Stance"]);
        Assert.Equal("Rex Tillerson", rows[0]["Speaker"]);
        Assert.Equal("7", rows[0]["Line"]);
        Assert.Matches("^[0-9a-f]{12}$", rows[0]["Key"]);
        Assert.NotEqual(rows[0]["Key"], rows[1]["Key"]);

        var date = xlsx.TableCell("Positions", "Key", rows[0]["Key"], "Date")!;
        Assert.Null(date.DataType);
        Assert.Equal(Thursday, DateTime.FromOADate(double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy-mm-dd", xlsx.NumberFormatOf(date));

        var sheet = xlsx.Sheet("Positions");
        var source = xlsx.TableCell("Positions", "Key", rows[0]["Key"], "Source")!;
        var link = sheet.Worksheet.Descendants<Hyperlink>().First(h => h.Reference == source.CellReference);
        Assert.Equal("https://example.gov/a", sheet.HyperlinkRelationships.Single(r => r.Id == link.Id).Uri.ToString());

        var table = sheet.TableDefinitionParts.Single().Table!;
        Assert.Equal("PositionsTable", table.Name!.Value);
        Assert.NotNull(table.AutoFilter);
        Assert.True(table.TableStyleInfo!.ShowRowStripes!.Value);
        Assert.Contains(table.TableColumns!.Elements<TableColumn>(), c => c.Name == "Analyst override");

        var validation = sheet.Worksheet.Descendants<DataValidation>().Single();
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("\"agree,support,commit,propose,urge,concern,disagree,reject,criticize,reiterate,discuss\"", validation.Formula1!.Text);
        var overrideColumn = Xlsx.Letters(xlsx.TableCell("Positions", "Key", rows[0]["Key"], "Analyst override")!.CellReference!);
        Assert.StartsWith(overrideColumn + "2:", validation.SequenceOfReferences!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_EveryTableSheet_HasItsTableAndUniqueTableIds()
    {
        var bytes = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7)) });

        using var xlsx = Xlsx.Open(bytes);
        var tables = new[] { "Positions", "Quotes", "Commitments", "Sources" }.Select(s => xlsx.Sheet(s).TableDefinitionParts.Single().Table!).ToList();
        Assert.Equal(4, tables.Select(t => t.Id!.Value).Distinct().Count());
        var quote = Assert.Single(xlsx.Rows("Quotes"));
        Assert.Equal("United States", quote["Affiliation"]);
        var commitment = Assert.Single(xlsx.Rows("Commitments"));
        Assert.Equal("United States, Russia", commitment["Actors"]);
        var source = Assert.Single(xlsx.Rows("Sources"));
        Assert.Equal("Press conference", source["Kind"]);
        Assert.Equal("https://example.gov/a", source["Link"]);
    }

    [Fact]
    public async Task Write_TextWithCharactersXmlForbids_IsCleanedAndValid()
    {
        var dirty = P("United\u0001 States", "ukraine", Stance.Urge, 7, evidence: "We urge\u000C restraint\u0000 now.\uFFFF");
        var transcript = Event("a", Thursday, dirty) with { Title = "Form\u000Cfeed title", Quotes = ValueList<Quote>.From(new[] { new Quote("bell\u0007 quote") { Speaker = "s1", Line = 2 } }) };

        var bytes = await WriteAsync(new[] { transcript });

        using var xlsx = Xlsx.Open(bytes);
        var row = Assert.Single(xlsx.Rows("Positions"));
        Assert.Equal("We urge restraint now.", row["Evidence"]);
        Assert.Equal("United States", row["Actor"]);
        Assert.Equal("Formfeed title", row["Event"]);
        Assert.Contains(xlsx.Rows("Quotes"), q => q["Quote"] == "bell quote");
    }

    [Fact]
    public async Task Write_TextLongerThanACell_IsCut()
    {
        var bytes = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7, evidence: new string('x', 40000))) });

        using var xlsx = Xlsx.Open(bytes);
        Assert.Equal(32767, Assert.Single(xlsx.Rows("Positions"))["Evidence"].Length);
    }

    [Fact]
    public async Task Write_ColumnWidths_FollowTheTextAndAreCapped()
    {
        var bytes = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7, evidence: new string('x', 500))) });

        using var xlsx = Xlsx.Open(bytes);
        var widths = xlsx.Sheet("Positions").Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.All(widths, w => Assert.InRange(w, 6, 80));
        Assert.Equal(80, widths.Max());
    }
}
