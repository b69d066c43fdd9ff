// A real client opens the memo: LibreOffice converts it to PDF (skipped, visibly, where
// LibreOffice is not installed; .ci/run installs it).
using System.IO;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;

namespace BriefingKit.Word.Tests.Memo;

public sealed class MemoRenderingTests
{
    [SkippableFact]
    public async Task LibreOffice_ConvertsTheSeedAndWeekMemosToPdf()
    {
        Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason);
        var dir = Directory.CreateTempSubdirectory("bk-memo-lo-").FullName;
        try
        {
            var seed = Path.Combine(dir, "seed.docx");
            File.WriteAllBytes(seed, await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }, new MemoOptions { Classification = "UNCLASSIFIED" }));
            var week = Path.Combine(dir, "week.docx");
            File.WriteAllBytes(week, await MemoFixture.WriteAsync(await MemoFixture.WeekAsync()));

            foreach (var docx in new[] { seed, week })
            {
                var pdf = LibreOffice.Convert(docx, "pdf");
                var bytes = File.ReadAllBytes(pdf);
                Assert.True(bytes.Length > 10_000, $"{pdf} is {bytes.Length} bytes");
                Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
