// --update: week A is written, an analyst edits it (override, notes, an extra column, a cell on
// their own sheet), week B is added. Every edit must survive and the override must count.
using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Update;

public sealed class UpdateRoundTripTests
{
    private static readonly Transcript WeekA = Event("a", new DateTime(2021, 4, 13),
        P("United States", "ukraine", Stance.Concern, 3), P("Russia", "ukraine", Stance.Reject, 4, "s2"));

    private static readonly Transcript WeekB = Event("b", new DateTime(2021, 4, 20),
        P("United States", "ukraine", Stance.Support, 3), P("United States", "syria", Stance.Urge, 5));

    [Fact]
    public async Task Update_HandEditsSurvive_OverrideWins_HistoryHasBothWeeks()
    {
        var first = await WriteAsync(new[] { WeekA });
        var edited = AnalystEdits(first);

        // Re-running week A: nothing is duplicated and the override shows in the Matrix.
        var rerun = await UpdateAsync(edited, new[] { WeekA });
        using (var xlsx = Xlsx.Open(rerun))
        {
            Assert.Equal(3, xlsx.Rows("Positions").Count); // two written, one typed by the analyst
            Assert.Equal("agrees *", xlsx.Text(xlsx.At("Matrix", "Ukraine", "United States")));
            Assert.Equal("FFC6EFCE", xlsx.FillOf(xlsx.At("Matrix", "Ukraine", "United States")));
            Assert.Contains("analyst override", xlsx.NoteOf("Matrix", xlsx.At("Matrix", "Ukraine", "United States")!.CellReference!)!, StringComparison.Ordinal);
            Assert.Equal("Watch the Donbas build-up", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Notes")));
        }

        var second = await UpdateAsync(rerun, new[] { WeekB });
        using (var xlsx = Xlsx.Open(second))
        {
            var positions = xlsx.Rows("Positions");
            Assert.Equal(5, positions.Count);
            var us = positions.Single(r => r["Week"] == "2021-W15" && r["Actor"] == "United States");
            Assert.Equal("agree", us["Analyst override"]);
            Assert.Equal("Checked against the readout", us["Notes"]);
            Assert.Equal("high", us["Confidence"]);
            Assert.Equal("Hand-added actor", positions[2]["Actor"]);
            Assert.Equal("2021-W16", positions[3]["Week"]);
            Assert.False(positions[3].ContainsKey("Confidence"));

            Assert.StartsWith("Issue matrix — 2021-W16", xlsx.Text("Matrix", "A1"), StringComparison.Ordinal);
            Assert.Equal("supports", xlsx.Text(xlsx.At("Matrix", "Ukraine", "United States")));
            // Last week the override made it "agrees": cooperative to cooperative is no change.
            Assert.Equal("United States =", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Change vs 2021-W15")));
            Assert.Equal("United States new", xlsx.Text(xlsx.At("Matrix", "Syria", "Change vs 2021-W15")));
            Assert.Equal("Watch the Donbas build-up", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Notes")));
            Assert.Equal("Kate", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Owner")));

            var history = xlsx.Rows("History");
            var row = history.Single(r => r["Issue"] == "Ukraine" && r["Actor"] == "United States");
            Assert.Equal("agrees", row["2021-W15"]);
            Assert.Equal("supports", row["2021-W16"]);
            Assert.Equal("rejects", history.Single(r => r["Issue"] == "Ukraine" && r["Actor"] == "Russia")["2021-W15"]);
            Assert.Equal("keep an eye", row["Analyst comment"]);

            Assert.Contains("My sheet", xlsx.SheetNames);
            Assert.Equal("typed by hand", xlsx.Text("My sheet", "B2"));
            Assert.Contains(xlsx.Rows("Positions"), r => r["Actor"] == "Hand-added actor" && r["Stance"] == "urge");
        }
    }

    [Fact]
    public async Task Update_SameInputsTwice_AddsNoRowsAndKeepsTheStylesheetSmall()
    {
        var first = await WriteAsync(new[] { WeekA, WeekB });
        var again = await UpdateAsync(first, new[] { WeekA, WeekB });
        var third = await UpdateAsync(again, new[] { WeekA, WeekB });

        using var a = Xlsx.Open(first);
        using var c = Xlsx.Open(third);
        Assert.Equal(a.Rows("Positions").Count, c.Rows("Positions").Count);
        Assert.Equal(a.Rows("Quotes").Count, c.Rows("Quotes").Count);
        Assert.Equal(a.Rows("Sources").Count, c.Rows("Sources").Count);
        Assert.Equal(a.Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Count(), c.Workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Count());
    }

    [Fact]
    public async Task Update_NotAWorkbook_ThrowsInvalidData()
    {
        await Assert.ThrowsAsync<System.IO.InvalidDataException>(() => UpdateAsync(new byte[] { 1, 2, 3, 4 }, new[] { WeekA }));
    }

    /// <summary>What an analyst does in Excel between two runs; shared strings are written as Excel does.</summary>
    private static byte[] AnalystEdits(byte[] workbook)
    {
        using var xlsx = Xlsx.Edit(workbook);
        var strings = xlsx.Workbook.SharedStringTablePart!.SharedStringTable;
        Cell Text(string reference, string text)
        {
            strings.Append(new SharedStringItem(new Text(text)));
            return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture)) };
        }
        void Put(WorksheetPart part, Cell cell)
        {
            var (column, rowIndex) = (Xlsx.Letters(cell.CellReference!), uint.Parse(new string(cell.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray()), CultureInfo.InvariantCulture));
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
            if (row is null)
            {
                row = new Row { RowIndex = rowIndex };
                var after = data.Elements<Row>().LastOrDefault(r => r.RowIndex! < rowIndex);
                if (after is null) data.PrependChild(row); else data.InsertAfter(row, after);
            }
            row.Elements<Cell>().FirstOrDefault(c => c.CellReference == cell.CellReference)?.Remove();
            var next = row.Elements<Cell>().FirstOrDefault(c => string.CompareOrdinal(Xlsx.Letters(c.CellReference!).PadLeft(3), column.PadLeft(3)) > 0);
            if (next is null) row.Append(cell); else row.InsertBefore(cell, next);
        }

        // Positions: override and note on the United States row, an extra column, a row typed by hand.
        var positions = xlsx.Sheet("Positions");
        var rows = xlsx.Rows("Positions");
        var usKey = rows.Single(r => r["Actor"] == "United States")["Key"];
        Put(positions, Text(xlsx.TableCell("Positions", "Key", usKey, "Analyst override")!.CellReference!, "agree"));
        Put(positions, Text(xlsx.TableCell("Positions", "Key", usKey, "Notes")!.CellReference!, "Checked against the readout"));
        var usRow = new string(xlsx.TableCell("Positions", "Key", usKey, "Actor")!.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray());
        Put(positions, Text("N1", "Confidence"));
        Put(positions, Text("N" + usRow, "high"));
        Put(positions, Text("A4", "2021-W15"));
        Put(positions, Text("D4", "Hand-added actor"));
        Put(positions, Text("E4", "Ukraine"));
        Put(positions, Text("F4", "urge"));

        // Matrix: a note for the Ukraine row.
        var notes = xlsx.At("Matrix", "Ukraine", "Notes")!;
        notes.DataType = CellValues.SharedString;
        strings.Append(new SharedStringItem(new Text("Watch the Donbas build-up")));
        notes.CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));

        // Matrix: a column of their own, right of Notes.
        var matrix = xlsx.Sheet("Matrix");
        var notesLetter = Xlsx.Letters(notes.CellReference!);
        var ownLetter = ((char)(notesLetter[0] + 1)).ToString();
        Put(matrix, Text(ownLetter + "2", "Owner"));
        Put(matrix, Text(ownLetter + new string(notes.CellReference!.Value!.SkipWhile(char.IsLetter).ToArray()), "Kate"));

        // History: an extra column.
        var history = xlsx.Sheet("History");
        var historyRows = xlsx.Rows("History");
        var index = historyRows.FindIndex(r => r["Issue"] == "Ukraine" && r["Actor"] == "United States") + 2;
        Put(history, Text("D1", "Analyst comment"));
        Put(history, Text("D" + index.ToString(CultureInfo.InvariantCulture), "keep an eye"));

        // A sheet of their own.
        var mine = xlsx.Workbook.AddNewPart<WorksheetPart>();
        mine.Worksheet = new Worksheet(new SheetData(new Row(Text("B2", "typed by hand")) { RowIndex = 2 }));
        var sheets = xlsx.Workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = "My sheet", SheetId = sheets.Elements<Sheet>().Max(s => s.SheetId!.Value) + 1, Id = xlsx.Workbook.GetIdOfPart(mine) });
        return xlsx.Save();
    }
}
