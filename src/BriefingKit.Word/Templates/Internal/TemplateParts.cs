// The parts of the built-in template: page set-up, header and footer with the classification
// and page numbers, and the body with bk:* content controls. MemoTemplate writes them.
using System.Collections.Generic;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Templates.Internal;

internal static class TemplateParts
{
    public static SectionProperties Section(PaperSize paper, string headerId, string footerId)
    {
        var (width, height) = paper switch
        {
            PaperSize.A4 => (11906u, 16838u),
            PaperSize.Legal => (12240u, 20160u),
            _ => (12240u, 15840u),
        };
        var side = paper == PaperSize.A4 ? 1273u : 1440u; // keeps the 9360-twip text width of the table on A4 too
        return new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId },
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = width, Height = height },
            new PageMargin { Top = 1296, Right = side, Bottom = 1296, Left = side, Header = 576, Footer = 576, Gutter = 0 },
            new Columns { Space = "720" },
            new DocGrid { LinePitch = 360 });
    }

    public static Header Header() => new(
        Centered(StyleIds.Header, ContentControls.Run(ContentControlTags.Classification, "Classification", Classification())),
        // Right-aligned rather than pushed by two tabs: past the centre tab stop a tabbed subject wraps in
        // LibreOffice and narrower fonts, right alignment uses the whole line.
        Aligned(StyleIds.Header, JustificationValues.Right, ContentControls.Run(ContentControlTags.Subject, "Subject", null)));

    public static Footer Footer() => new(
        Centered(StyleIds.Footer, Blocks.Text("Page "), Blocks.Field("PAGE"), Blocks.Text(" of "), Blocks.Field("NUMPAGES")),
        Centered(StyleIds.Footer, ContentControls.Run(ContentControlTags.Classification, "Classification", Classification())));

    // The classification is in the header and footer (every page, top and bottom); the body does not repeat it.
    public static IEnumerable<OpenXmlElement> Body()
    {
        yield return Blocks.Para(StyleIds.Title, "MEMORANDUM");
        yield return FieldLine("TO:", ContentControlTags.To, "Recipient");
        yield return FieldLine("FROM:", ContentControlTags.From, "Sender");
        yield return FieldLine("DATE:", ContentControlTags.Date, "Date");
        var subject = FieldLine("SUBJECT:", ContentControlTags.Subject, "Subject");
        subject.ParagraphProperties!.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 6, Color = "1F3864" }));
        yield return subject;
        yield return ContentControls.Block(ContentControlTags.Body, "Memo body", Blocks.Para(null, "The memo body goes here."));
    }

    private static Paragraph FieldLine(string label, string tag, string placeholder) =>
        Blocks.Para(StyleIds.MemoField, Blocks.Text(label, bold: true), new Run(new TabChar()), ContentControls.Run(tag, placeholder, null));

    private static RunProperties Classification() => new(new Bold(), new Caps(), new Color { Val = "C00000" });

    private static Paragraph Centered(string style, params OpenXmlElement[] content) => Aligned(style, JustificationValues.Center, content);

    private static Paragraph Aligned(string style, JustificationValues alignment, params OpenXmlElement[] content)
    {
        var paragraph = Blocks.Para(style, content);
        paragraph.ParagraphProperties!.Append(new Justification { Val = alignment });
        return paragraph;
    }
}
