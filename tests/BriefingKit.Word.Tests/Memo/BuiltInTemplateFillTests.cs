// The memo fills the built-in template in memory instead of writing it to a package and reading it
// back (MemoWriter); both ways must give the same bytes, so filling in place changes no memo.
using System.IO;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;

namespace BriefingKit.Word.Tests.Memo;

public sealed class BuiltInTemplateFillTests
{
    [Theory]
    [InlineData(PaperSize.Letter, null)]
    [InlineData(PaperSize.A4, "Internal use")]
    [InlineData(PaperSize.Legal, null)]
    public async Task WriteAsync_BuiltInTemplate_GivesTheBytesOfTheTemplateWrittenAndReadBack(PaperSize paper, string? classification)
    {
        var week = await MemoFixture.WeekAsync();
        using var written = new MemoryStream();
        MemoTemplate.Write(written, paper, asTemplate: false);
        written.Position = 0;

        var filled = await MemoFixture.WriteAsync(week, new MemoOptions { PaperSize = paper, Classification = classification });
        var readBack = await MemoFixture.WriteAsync(week, new MemoOptions { PaperSize = paper, Classification = classification, Template = written });

        Assert.Equal(readBack, filled);
        using var document = MemoFixture.Open(filled);
        OpenXmlAssert.Valid(document);
    }
}
