// What the memo must guarantee whatever the transcript says: links only to http(s) and mailto
// addresses, the same bytes for the same input and options (no random ids, clock times or zip
// times), and a mark saying BriefingKit wrote it, so it is not read back as a transcript.
using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Safety;

public sealed class MemoWriterSafetyTests
{
    [Theory]
    [InlineData("mailto:press@example.gov", true)]
    [InlineData("https://example.gov/briefing", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("ftp://example.gov/x", false)]
    public async Task WriteAsync_SourceUrl_IsALinkOnlyForHttpAndMailto(string url, bool linked)
    {
        var seed = await MemoFixture.SeedAsync() with { Url = url };

        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { seed }));

        OpenXmlAssert.Valid(document);
        var main = document.MainDocumentPart!;
        var targets = main.HyperlinkRelationships.Select(r => r.Uri.OriginalString).ToList();
        if (linked)
        {
            Assert.Contains(url, targets);
            Assert.NotEmpty(main.Document!.Body!.Descendants<Hyperlink>());
        }
        else
        {
            Assert.Empty(targets);
            Assert.Empty(main.Document!.Body!.Descendants<Hyperlink>());
        }
    }

    [Fact]
    public async Task WriteAsync_Twice_GivesTheSameBytesWithFixedTimes()
    {
        var transcripts = new[] { await MemoFixture.SeedAsync() };
        var options = new MemoOptions { Classification = "UNCLASSIFIED" };

        var first = await MemoFixture.WriteAsync(transcripts, options);
        var second = await MemoFixture.WriteAsync(transcripts, options);

        Assert.Equal(first, second);
        using (var document = MemoFixture.Open(first))
        {
            OpenXmlAssert.Valid(document);
            // The memo's date, not the clock.
            Assert.Equal(new DateTime(2017, 4, 19), document.PackageProperties.Created!.Value.Date);
        }
        using var zip = new ZipArchive(new MemoryStream(first), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(1980, e.LastWriteTime.Year));
    }

    [Fact]
    public async Task WriteAsync_WithATemplate_TwiceGivesTheSameBytes()
    {
        using var template = new MemoryStream();
        MemoTemplate.Write(template, PaperSize.A4);
        var transcripts = new[] { await MemoFixture.SeedAsync() };

        template.Position = 0;
        var first = await MemoFixture.WriteAsync(transcripts, new MemoOptions { Template = template });
        template.Position = 0;
        var second = await MemoFixture.WriteAsync(transcripts, new MemoOptions { Template = template });

        Assert.Equal(first, second);
        using var document = MemoFixture.Open(first);
        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public void MemoTemplate_Twice_GivesTheSameBytes()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        MemoTemplate.Write(first);
        MemoTemplate.Write(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        first.Position = 0;
        using var document = WordprocessingDocument.Open(first, false);
        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public async Task WriteAsync_SaysBriefingKitWroteIt()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        OpenXmlAssert.Valid(document);
        Assert.Equal("BriefingKit", document.ExtendedFilePropertiesPart?.Properties?.Application?.Text);
    }
}
