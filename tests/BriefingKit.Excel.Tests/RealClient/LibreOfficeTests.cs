// A real client opens the workbook: LibreOffice converts it headless. Skipped, visibly, where
// LibreOffice is not installed (CI installs it).
using System;
using System.IO;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using BriefingKit.Tests.Shared;

namespace BriefingKit.Excel.Tests.RealClient;

public sealed class LibreOfficeTests
{
    [SkippableFact]
    public async Task LibreOffice_ConvertsTheWeekWorkbook_ToCsvWithTheMatrix()
    {
        Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason);
        var dir = Directory.CreateTempSubdirectory("bk-xlsx-").FullName;
        try
        {
            var path = Path.Combine(dir, "week.xlsx");
            await File.WriteAllBytesAsync(path, await Sample.WriteAsync(await Sample.ParseAsync("week-2021-15")));

            var csv = await File.ReadAllTextAsync(LibreOffice.Convert(path, "csv:Text - txt - csv (StarCalc):44,34,76"));
            Assert.Contains("Issue matrix — 2021-W15", csv, StringComparison.Ordinal);
            Assert.Contains("United States", csv, StringComparison.Ordinal);
            Assert.Contains("Ukraine", csv, StringComparison.Ordinal);

            var pdf = LibreOffice.Convert(path, "pdf");
            Assert.True(new FileInfo(pdf).Length > 1000);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SkippableFact]
    public async Task LibreOffice_SavedWorkbook_CanBeUpdated_AndTheUpdateOpensAgain()
    {
        Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason);
        var dir = Directory.CreateTempSubdirectory("bk-xlsx-").FullName;
        try
        {
            // Another client saves the workbook (its own shared strings, styles and part names), then we update it.
            var path = Path.Combine(dir, "w15.xlsx");
            await File.WriteAllBytesAsync(path, await Sample.WriteAsync(new[] { Sample.Event("a", new DateTime(2021, 4, 13), Sample.P("United States", "ukraine", Stance.Concern, 3)) }));
            var saved = LibreOffice.Convert(path, "xlsx:Calc MS Excel 2007 XML");

            var updated = await Sample.UpdateAsync(await File.ReadAllBytesAsync(saved),
                new[] { Sample.Event("b", new DateTime(2021, 4, 20), Sample.P("United States", "ukraine", Stance.Support, 3)) });

            using (var xlsx = Xlsx.Open(updated))
            {
                Assert.Equal(2, xlsx.Rows("Positions").Count);
                Assert.Equal("supports", xlsx.Text(xlsx.At("Matrix", "Ukraine", "United States")));
                Assert.Equal("United States ▲", xlsx.Text(xlsx.At("Matrix", "Ukraine", "Change vs 2021-W15")));
            }
            var again = Path.Combine(dir, "w16.xlsx");
            await File.WriteAllBytesAsync(again, updated);
            Assert.Contains("2021-W16", await File.ReadAllTextAsync(LibreOffice.Convert(again, "csv:Text - txt - csv (StarCalc):44,34,76")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
