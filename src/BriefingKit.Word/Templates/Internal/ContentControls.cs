// Creates and fills content controls (w:sdt) by tag.
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Word.Memo.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Templates.Internal;

internal static class ContentControls
{
    public static SdtRun Run(string tag, string alias, RunProperties? properties)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties.CloneNode(true));
        run.Append(new Text("[" + alias + "]"));
        return new SdtRun(
            new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = tag }, new ShowingPlaceholder()),
            new SdtContentRun(run));
    }

    public static SdtBlock Block(string tag, string alias, params OpenXmlElement[] content) =>
        new(new SdtProperties(new SdtAlias { Val = alias }, new Tag { Val = tag }), new SdtContentBlock(content));

    public static string? TagOf(SdtElement sdt) => sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value?.Trim();

    public static IEnumerable<SdtElement> Tagged(OpenXmlElement root, string tag) =>
        root.Descendants<SdtElement>().Where(s => string.Equals(TagOf(s), tag, System.StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Replaces a control's content with <paramref name="text"/>, keeping the formatting of its first paragraph and run.</summary>
    public static void SetText(SdtElement sdt, string text)
    {
        sdt.SdtProperties?.RemoveAllChildren<ShowingPlaceholder>();
        var clean = Blocks.Clean(text);
        switch (sdt)
        {
            case SdtRun run when run.SdtContentRun is { } content:
                content.RemoveAllChildren();
                content.Append(TextRun(FirstRunProperties(run), clean));
                break;
            case SdtBlock block when block.SdtContentBlock is { } content:
                content.RemoveAllChildren();
                content.Append(Paragraph(block, clean));
                break;
            case SdtCell cell when cell.SdtContentCell?.GetFirstChild<TableCell>() is { } tableCell:
                var paragraph = Paragraph(cell, clean);
                tableCell.RemoveAllChildren<Paragraph>();
                tableCell.Append(paragraph);
                break;
            default:
                foreach (var text0 in sdt.Descendants<Text>().Skip(1).ToList()) text0.Remove();
                var first = sdt.Descendants<Text>().FirstOrDefault();
                if (first is not null) first.Text = clean;
                break;
        }
    }

    private static Paragraph Paragraph(OpenXmlElement sdt, string text)
    {
        var old = sdt.Descendants<Paragraph>().FirstOrDefault();
        var paragraph = new Paragraph();
        if (old?.ParagraphProperties is { } pPr) paragraph.Append(pPr.CloneNode(true));
        if (text.Length > 0) paragraph.Append(TextRun(FirstRunProperties(sdt), text));
        return paragraph;
    }

    private static Run TextRun(RunProperties? properties, string text)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static RunProperties? FirstRunProperties(OpenXmlElement sdt) =>
        (RunProperties?)sdt.Descendants<Run>().FirstOrDefault()?.RunProperties?.CloneNode(true);
}
