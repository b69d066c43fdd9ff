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
}
