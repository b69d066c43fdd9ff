// Makes sure the memo has a header and footer (with page numbers) and that a classification
// appears in them, whether or not the user's template provides controls for it.
using System.Linq;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using BriefingKit.Word.Templates.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Layout;

internal static class HeaderFooter
{
    public static void Ensure(MainDocumentPart main, SectionProperties section, string? classification)
    {
        if (!section.Elements<HeaderReference>().Any())
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = TemplateParts.Header();
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }
        if (!section.Elements<FooterReference>().Any())
        {
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = TemplateParts.Footer();
            var lastHeader = section.Elements<HeaderReference>().Last();
            section.InsertAfter(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }, lastHeader);
        }
        if (classification is null) return;
        foreach (var part in main.HeaderParts.Where(p => p.Header is not null && !ContentControls.Tagged(p.Header!, ContentControlTags.Classification).Any()))
            part.Header!.PrependChild(Banner(StyleIds.Header, classification));
        foreach (var part in main.FooterParts.Where(p => p.Footer is not null && !ContentControls.Tagged(p.Footer!, ContentControlTags.Classification).Any()))
            part.Footer!.AppendChild(Banner(StyleIds.Footer, classification));
    }

    public static Paragraph Banner(string style, string classification)
    {
        var paragraph = Blocks.Para(style, Blocks.Text(classification, bold: true, color: "C00000"));
        paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
        return paragraph;
    }

    /// <summary>The body's last section properties, created for <paramref name="paper"/> when the template has none.</summary>
    public static SectionProperties BodySection(MainDocumentPart main, Body body, PaperSize paper)
    {
        if (body.Elements<SectionProperties>().LastOrDefault() is { } existing) return existing;
        var header = main.AddNewPart<HeaderPart>();
        header.Header = TemplateParts.Header();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = TemplateParts.Footer();
        var section = TemplateParts.Section(paper, main.GetIdOfPart(header), main.GetIdOfPart(footer));
        body.Append(section);
        return section;
    }
}
