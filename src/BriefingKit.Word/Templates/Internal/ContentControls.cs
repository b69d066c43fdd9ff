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
        // Read the formatting before the old content goes.
        var paragraphProperties = sdt.Descendants<Paragraph>().FirstOrDefault()?.ParagraphProperties?.CloneNode(true);
        var runProperties = FirstRunProperties(sdt);
        switch (sdt)
        {
            case SdtRun run when run.SdtContentRun is { } content:
                content.RemoveAllChildren();
                content.Append(TextRun(runProperties, clean));
                break;
            case SdtBlock block when block.SdtContentBlock is { } content:
                content.RemoveAllChildren();
                content.Append(Paragraph(paragraphProperties, runProperties, clean));
                break;
            case SdtCell cell when cell.SdtContentCell?.GetFirstChild<TableCell>() is { } tableCell:
                tableCell.RemoveAllChildren<Paragraph>();
                tableCell.Append(Paragraph(paragraphProperties, runProperties, clean));
                break;
            default:
                foreach (var extra in sdt.Descendants<Text>().Skip(1).ToList()) extra.Remove();
                var first = sdt.Descendants<Text>().FirstOrDefault();
                if (first is not null) first.Text = clean;
                break;
        }
    }

    private static Paragraph Paragraph(OpenXmlElement? paragraphProperties, RunProperties? runProperties, string text)
    {
        var paragraph = new Paragraph();
        if (paragraphProperties is not null) paragraph.Append(paragraphProperties);
        if (text.Length > 0) paragraph.Append(TextRun(runProperties, text));
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
