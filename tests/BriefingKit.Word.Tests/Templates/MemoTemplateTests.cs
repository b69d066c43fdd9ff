// The built-in template (and the copy shipped in templates/), and a user's template: its
// styles, page set-up, header with a logo and bk:* content controls are used.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Templates;

public sealed class MemoTemplateTests
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public void Write_IsAValidTemplateWithEveryControl()
    {
        using var stream = new MemoryStream();
        MemoTemplate.Write(stream);

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        OpenXmlAssert.Valid(document);
        Assert.Equal(WordprocessingDocumentType.Template, document.DocumentType);
        var main = document.MainDocumentPart!;
        var tags = main.Document!.Descendants<SdtElement>().Select(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value).ToList();
        foreach (var tag in new[] { ContentControlTags.To, ContentControlTags.From, ContentControlTags.Date, ContentControlTags.Subject, ContentControlTags.Body })
            Assert.Contains(tag, tags);
        // The marking is in the header and the footer (top and bottom of every page), not repeated in the body.
        Assert.DoesNotContain(ContentControlTags.Classification, tags);
        Assert.All(main.HeaderParts, h => Assert.Contains(h.Header!.Descendants<SdtElement>(), s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value == ContentControlTags.Classification));
        Assert.All(main.FooterParts, f => Assert.Contains(f.Footer!.Descendants<SdtElement>(), s => s.SdtProperties!.GetFirstChild<Tag>()!.Val!.Value == ContentControlTags.Classification));
    }

    [Fact]
    public void ShippedTemplate_IsUpToDate()
    {
        var shipped = Path.Combine(MemoFixture.RepoRoot, "templates", "memo-template.dotx");
        using var fresh = new MemoryStream();
        MemoTemplate.Write(fresh);
        fresh.Position = 0;

        using var a = WordprocessingDocument.Open(shipped, false);
        using var b = WordprocessingDocument.Open(fresh, false);
        Assert.Equal(WordprocessingDocumentType.Template, a.DocumentType);
        Assert.True(Xml(a) == Xml(b), "templates/memo-template.dotx is out of date: run `dotnet run --project src/BriefingKit.Cli -- template -o templates/memo-template.dotx`");
    }

    private static string Xml(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        return string.Join("\n", new OpenXmlPartRootElement?[] { main.Document, main.StyleDefinitionsPart?.Styles, main.NumberingDefinitionsPart?.Numbering }
            .Concat(main.HeaderParts.Select(h => (OpenXmlPartRootElement?)h.Header))
            .Concat(main.FooterParts.Select(f => (OpenXmlPartRootElement?)f.Footer))
            .Select(e => e?.OuterXml ?? string.Empty)
            // Relationship ids are assigned in order but need not match.
            .Select(x => System.Text.RegularExpressions.Regex.Replace(x, "r:id=\"[^\"]+\"", "r:id")));
    }

    [Fact]
    public async Task WriteAsync_UserTemplate_FillsControlsAndKeepsStylesHeaderAndLogo()
    {
        var template = HouseTemplate();
        var options = new MemoOptions { Template = new MemoryStream(template), To = "Ambassador", From = "Political section", Classification = "CONFIDENTIAL" };

        var docx = await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }, options);

        using var document = MemoFixture.Open(docx);
        OpenXmlAssert.Valid(document);
        Assert.Equal(WordprocessingDocumentType.Document, document.DocumentType);
        var main = document.MainDocumentPart!;
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", main.ContentType);

        // Controls filled.
        string ControlText(string tag) => main.Document!.Descendants<SdtElement>().First(s => s.SdtProperties!.GetFirstChild<Tag>()!.Val == tag).InnerText;
        Assert.Equal("Ambassador", ControlText("bk:to"));
        Assert.Equal("Political section", ControlText("bk:from"));
        Assert.Equal("April 19, 2017", ControlText("bk:date"));
        Assert.Equal("U.S.-Russia Relations in Spotlight", ControlText("bk:subject"));
        Assert.Contains("CONFIDENTIAL", main.FooterParts.Single().Footer!.InnerText, StringComparison.Ordinal);

        // Body went into bk:body, between the template's own paragraphs; no second MEMORANDUM block.
        var texts = MemoFixture.Paragraphs(document).Select(p => p.Text).ToList();
        var intro = texts.IndexOf("House intro");
        var closing = texts.IndexOf("House closing");
        var bottom = texts.IndexOf("Bottom line");
        Assert.True(intro >= 0 && intro < bottom && bottom < closing, string.Join(" | ", texts));
        Assert.DoesNotContain("MEMORANDUM", texts);
        Assert.DoesNotContain(main.Document!.Descendants<SdtElement>(), s => s.SdtProperties!.GetFirstChild<Tag>()!.Val == "bk:body");

        // The template's own Heading 1 and page set-up and header (with its image) are kept; missing styles added.
        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("7030A0", styles["Heading1"].StyleRunProperties!.Color!.Val!.Value);
        Assert.True(styles.ContainsKey("Quote"));
        Assert.True(styles.ContainsKey("ListBullet"));
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Width!.Value);
        var header = main.HeaderParts.Single();
        Assert.Contains("ACME MINISTRY", header.Header!.InnerText, StringComparison.Ordinal);
        Assert.Single(header.ImageParts);
        Assert.Contains("CONFIDENTIAL", header.Header!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_TemplateWithoutControls_AppendsBlockAndBody()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(new Paragraph(new Run(new Text("Letterhead"))), new SectionProperties(new PageSize { Width = 12240, Height = 15840 })));
        }

        using var memo = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }, new MemoOptions { Template = new MemoryStream(stream.ToArray()) }));

        OpenXmlAssert.Valid(memo);
        var texts = MemoFixture.Paragraphs(memo).Select(p => p.Text).ToList();
        Assert.Equal("Letterhead", texts[0]);
        Assert.Equal("MEMORANDUM", texts[1]);
        Assert.NotEmpty(memo.MainDocumentPart!.HeaderParts);
        Assert.NotEmpty(memo.MainDocumentPart!.FooterParts);
    }

    // A house template: purple headings, A4 landscape, a header with a logo, bk:* controls.
    private static byte[] HouseTemplate()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Template))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
                new Style(new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" },
                    new StyleParagraphProperties(new OutlineLevel { Val = 0 }),
                    new StyleRunProperties(new Color { Val = "7030A0" }))
                { Type = StyleValues.Paragraph, StyleId = "Heading1" });

            var header = main.AddNewPart<HeaderPart>();
            var image = header.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(Png)) image.FeedData(png);
            header.Header = new Header(new Paragraph(new Run(new Text("ACME MINISTRY"))), new Paragraph(new Run(Picture(header.GetIdOfPart(image)))));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(new Paragraph(new SdtRun(
                new SdtProperties(new Tag { Val = "bk:classification" }), new SdtContentRun(new Run(new Text("[class]"))))));

            static SdtRun Field(string tag) => new(new SdtProperties(new Tag { Val = tag }), new SdtContentRun(new Run(new Text("[" + tag + "]"))));
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("House intro"))),
                new Paragraph(new Run(new Text("To: ")), Field("bk:to")),
                new Paragraph(new Run(new Text("From: ")), Field("bk:from")),
                new Paragraph(new Run(new Text("Date: ")), Field("bk:date")),
                new SdtBlock(new SdtProperties(new Tag { Val = "bk:subject" }), new SdtContentBlock(new Paragraph(new Run(new Text("[subject]"))))),
                new SdtBlock(new SdtProperties(new Tag { Val = "bk:body" }), new SdtContentBlock(new Paragraph(new Run(new Text("[body]"))))),
                new Paragraph(new Run(new Text("House closing"))),
                new SectionProperties(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                    new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                    new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape },
                    new PageMargin { Top = 1000, Right = 1000, Bottom = 1000, Left = 1000, Header = 500, Footer = 500, Gutter = 0 })));
        }
        return stream.ToArray();
    }

    private static Drawing Picture(string relationshipId)
    {
        const long size = 360000;
        return new Drawing(
            new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
                new DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent { Cx = size, Cy = size },
                new DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties { Id = 1U, Name = "Logo" },
                new DocumentFormat.OpenXml.Drawing.Graphic(
                    new DocumentFormat.OpenXml.Drawing.GraphicData(
                        new DocumentFormat.OpenXml.Drawing.Pictures.Picture(
                            new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureProperties(
                                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualDrawingProperties { Id = 0U, Name = "logo.png" },
                                new DocumentFormat.OpenXml.Drawing.Pictures.NonVisualPictureDrawingProperties()),
                            new DocumentFormat.OpenXml.Drawing.Pictures.BlipFill(
                                new DocumentFormat.OpenXml.Drawing.Blip { Embed = relationshipId },
                                new DocumentFormat.OpenXml.Drawing.Stretch(new DocumentFormat.OpenXml.Drawing.FillRectangle())),
                            new DocumentFormat.OpenXml.Drawing.Pictures.ShapeProperties(
                                new DocumentFormat.OpenXml.Drawing.Transform2D(
                                    new DocumentFormat.OpenXml.Drawing.Offset { X = 0L, Y = 0L },
                                    new DocumentFormat.OpenXml.Drawing.Extents { Cx = size, Cy = size }),
                                new DocumentFormat.OpenXml.Drawing.PresetGeometry(new DocumentFormat.OpenXml.Drawing.AdjustValueList()) { Preset = DocumentFormat.OpenXml.Drawing.ShapeTypeValues.Rectangle })))
                    { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
    }
}
