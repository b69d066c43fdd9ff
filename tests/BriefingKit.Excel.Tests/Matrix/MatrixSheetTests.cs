// The Matrix sheet: net stance words and fills, notes with evidence, events and change columns,
// frozen panes and print set-up, on hand-made transcripts whose answer is known and on the real week.
using System;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using DocumentFormat.OpenXml.Spreadsheet;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Matrix;

public sealed class MatrixSheetTests
{
    private static readonly DateTime Monday = new(2021, 4, 12);

    [Fact]
    public async Task Write_MajorityGroup_IsTheCellWordAndFill()
    {
        var bytes = await WriteAsync(new[]
        {
            Event("a", Monday, P("United States", "ukraine", Stance.Concern, 3), P("United States", "ukraine", Stance.Concern, 4),
                P("United States", "ukraine", Stance.Urge, 5), P("Russia", "ukraine", Stance.Reject, 6, "s2")),
            Event("b", Monday.AddDays(2), P("United States", "syria", Stance.Agree, 3), P("Russia", "syria", Stance.Propose, 4, "s2")),
        });

        using var xlsx = Xlsx.Open(bytes);
        Assert.Equal(new[] { "Matrix", "Positions", "Quotes", "Commitments", "Sources", "History" }, xlsx.SheetNames);
        var us = xlsx.At("Matrix", "Ukraine", "United States");
        Assert.Equal("concerned", xlsx.Text(us));
        Assert.Equal("FFFFC7CE", xlsx.FillOf(us));
        Assert.Equal("rejects", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Russia")));
        Assert.Equal("agrees", xlsx.Text(xlsx.At("Matrix", "Syria", "United States")));
        Assert.Equal("FFC6EFCE", xlsx.FillOf(xlsx.At("Matrix", "Syria", "United States")));
        Assert.Equal("FFFFEB9C", xlsx.FillOf(xlsx.At("Matrix", "Syria", "Russia")));
        Assert.Equal("1", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Events")));
        Assert.StartsWith("Issue matrix — 2021-W15", xlsx.Text("Matrix", "A1"), StringComparison.Ordinal);
        // Actors by activity: the United States has four positions, Russia two.
        Assert.Equal("United States", xlsx.Text("Matrix", "B2"));
        Assert.Equal("Russia", xlsx.Text("Matrix", "C2"));
    }

    [Fact]
    public async Task Write_GroupTie_GoesToTheMostRecent()
    {
        var bytes = await WriteAsync(new[]
        {
            Event("a", Monday, P("United States", "ukraine", Stance.Concern, 3)),
            Event("b", Monday.AddDays(3), P("United States", "ukraine", Stance.Support, 3)),
        });

        using var xlsx = Xlsx.Open(bytes);
        Assert.Equal("supports", xlsx.Text(xlsx.At("Matrix", "Ukraine", "United States")));
        Assert.Equal("2", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Events")));
    }

    [Fact]
    public async Task Write_StanceCell_HasANoteWithEvidenceAndSource_AndTheVmlExcelNeeds()
    {
        var bytes = await WriteAsync(new[] { Event("a", Monday, P("United States", "ukraine", Stance.Urge, 7, evidence: "We urge Russia to implement the Minsk Agreements.")) });

        using var xlsx = Xlsx.Open(bytes);
        var reference = xlsx.At("Matrix", "Ukraine", "United States")!.CellReference!.Value!;
        var note = xlsx.NoteOf("Matrix", reference);
        Assert.NotNull(note);
        Assert.Contains("“We urge Russia to implement the Minsk Agreements.”", note, StringComparison.Ordinal);
        Assert.Contains("Rex Tillerson", note, StringComparison.Ordinal);
        Assert.Contains("2021-04-12, line 7", note, StringComparison.Ordinal);
        var sheet = xlsx.Sheet("Matrix");
        Assert.NotNull(sheet.Worksheet.GetFirstChild<LegacyDrawing>());
        Assert.Single(sheet.VmlDrawingParts);
        using var reader = new System.IO.StreamReader(sheet.VmlDrawingParts.Single().GetStream());
        var vml = reader.ReadToEnd();
        Assert.Contains("ObjectType=\"Note\"", vml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Matrix_IsFrozenPrintableAndLandscape()
    {
        var bytes = await WriteAsync(new[] { Event("a", Monday, P("United States", "ukraine", Stance.Urge, 7)) });

        using var xlsx = Xlsx.Open(bytes);
        var worksheet = xlsx.Sheet("Matrix").Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("B3", pane.TopLeftCell!.Value);
        var setup = worksheet.GetFirstChild<PageSetup>()!;
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1u, setup.FitToWidth!.Value);
        Assert.Equal(0u, setup.FitToHeight!.Value);
        Assert.True(worksheet.GetFirstChild<SheetProperties>()!.PageSetupProperties!.FitToPage!.Value);
        var titles = xlsx.Workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single(d => d.Name == "_xlnm.Print_Titles");
        Assert.Equal("'Matrix'!$A:$A,'Matrix'!$1:$2", titles.Text);
    }

    [Fact]
    public async Task Write_PreviousWeekLongAgo_HeaderSaysHowFarBack_EveryRowNamesItsActors()
    {
        var bytes = await WriteAsync(new[]
        {
            Event("a", Monday.AddDays(-7 * 100), P("United States", "ukraine", Stance.Concern, 3), P("Japan", "ukraine", Stance.Support, 4)),
            Event("b", Monday, P("United States", "ukraine", Stance.Support, 3), P("Japan", "ukraine", Stance.Support, 4), P("Japan", "taiwan", Stance.Concern, 5)),
        });

        using var xlsx = Xlsx.Open(bytes);
        Assert.Equal("Japan =; United States ▲", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Change vs 2019-W20 (100 weeks earlier)")));
        Assert.Equal("Japan new", xlsx.Text(xlsx.At("Matrix", "taiwan", "Change vs 2019-W20 (100 weeks earlier)")));
    }

    [Fact]
    public async Task Write_OneWeek_ChangeIsADashInEveryRow()
    {
        var bytes = await WriteAsync(new[] { Event("b", Monday, P("United States", "ukraine", Stance.Support, 3), P("Japan", "taiwan", Stance.Concern, 5)) });

        using var xlsx = Xlsx.Open(bytes);
        Assert.Equal("–", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Change vs last week")));
        Assert.Equal("–", xlsx.Text(xlsx.At("Matrix", "taiwan", "Change vs last week")));
    }

    [Fact]
    public async Task Write_SeveralWeeks_LatestIsTheMatrix_AllGoToHistory()
    {
        var bytes = await WriteAsync(new[]
        {
            Event("a", Monday.AddDays(-7), P("United States", "ukraine", Stance.Concern, 3)),
            Event("b", Monday, P("United States", "ukraine", Stance.Support, 3)),
        });

        using var xlsx = Xlsx.Open(bytes);
        Assert.StartsWith("Issue matrix — 2021-W15", xlsx.Text("Matrix", "A1"), StringComparison.Ordinal);
        Assert.Equal("United States ▲", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Change vs 2021-W14")));
        var history = xlsx.Rows("History");
        Assert.Equal("concerned", history.Single()["2021-W14"]);
        Assert.Equal("supports", history.Single()["2021-W15"]);
        Assert.Equal(new[] { "2021-W14", "2021-W15" }, xlsx.Rows("Positions").Select(r => r["Week"]));
    }

    [Fact]
    public async Task Write_WeekOption_KeepsOnlyThatWeek()
    {
        var bytes = await WriteAsync(new[]
        {
            Event("a", Monday.AddDays(-7), P("United States", "ukraine", Stance.Concern, 3)),
            Event("b", Monday, P("United States", "ukraine", Stance.Support, 3)),
        }, new MatrixOptions { Week = new IsoWeek(2021, 14) });

        using var xlsx = Xlsx.Open(bytes);
        Assert.StartsWith("Issue matrix — 2021-W14", xlsx.Text("Matrix", "A1"), StringComparison.Ordinal);
        Assert.Equal("concerned", xlsx.Text(xlsx.At("Matrix", "Ukraine", "United States")));
        Assert.Equal(new[] { "2021-W14" }, xlsx.Rows("Positions").Select(r => r["Week"]));
    }

    [Fact]
    public async Task Write_UndatedInput_IsLeftOut()
    {
        var undated = Event("u", Monday, P("China", "taiwan", Stance.Reject, 3)) with { Date = null };
        var bytes = await WriteAsync(new[] { undated, Event("a", Monday, P("United States", "ukraine", Stance.Urge, 3)) });

        using var xlsx = Xlsx.Open(bytes);
        Assert.DoesNotContain(xlsx.Rows("Positions"), r => r["Actor"] == "China");
        Assert.Single(xlsx.Rows("Sources"));
    }

    [Fact]
    public async Task Write_RealWeekFolder_IsValidAndShowsTheWeek()
    {
        var transcripts = await ParseAsync("week-2021-15");
        var bytes = await WriteAsync(transcripts);

        using var xlsx = Xlsx.Open(bytes);
        Assert.StartsWith("Issue matrix — 2021-W15 (12 Apr – 18 Apr 2021) · 10 inputs", xlsx.Text("Matrix", "A1"), StringComparison.Ordinal);
        Assert.Equal("United States", xlsx.Text("Matrix", "B2"));
        // One row per position, even when two sentences of one paragraph (same line) give the same actor, issue and stance.
        Assert.Equal(transcripts.Sum(t => t.Positions.Count), xlsx.Rows("Positions").Count);
        Assert.Equal(10, xlsx.Rows("Sources").Count);
        Assert.NotEmpty(xlsx.Rows("Quotes"));
        Assert.NotEmpty(xlsx.Rows("Commitments"));
        var ukraine = xlsx.At("Matrix", "Ukraine", "United States");
        Assert.False(string.IsNullOrEmpty(xlsx.Text(ukraine)));
        Assert.NotNull(xlsx.FillOf(ukraine));
    }

    [Fact]
    public async Task Write_Seed_IsValid_WithItsStances()
    {
        var bytes = await WriteAsync(await ParseAsync("2017-04-19-us-russia-relations-in-spotlight.txt"));

        using var xlsx = Xlsx.Open(bytes);
        Assert.StartsWith("Issue matrix — 2017-W16", xlsx.Text("Matrix", "A1"), StringComparison.Ordinal);
        Assert.Contains(xlsx.Rows("Positions"), r => r["Actor"] == "Russia" && r["Issue"] == "Chemical weapons");
        Assert.Contains(xlsx.Rows("Commitments"), r => r["Commitment"].Contains("working group", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_NoTranscripts_IsAValidWorkbookSayingSo()
    {
        var bytes = await WriteAsync(Array.Empty<Transcript>(), new MatrixOptions { Week = new IsoWeek(2021, 15) });

        using var xlsx = Xlsx.Open(bytes);
        Assert.Equal("No positions were found for 2021-W15.", xlsx.Text("Matrix", "A3"));
        Assert.All(xlsx.Rows("Positions"), row => Assert.Empty(row)); // the one empty row a table needs
    }

    [Fact]
    public void MatrixOptions_DefaultWeek_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new MatrixOptions { Week = default(IsoWeek) });
        Assert.Throws<ArgumentException>(() => new MatrixOptions { Title = " " });
    }
}
