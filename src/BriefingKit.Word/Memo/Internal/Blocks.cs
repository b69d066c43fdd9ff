// Small factories for the paragraphs, runs and links the sections write. Every string
// passes through XmlText.Sanitize here, so no section can put an XML-illegal character
// (U+000C from a PDF copy, U+0001 …) into the document.
using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Internal;

internal static class Blocks
{
    public static Paragraph Para(string? style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Para(string? style, string text) => Para(style, Text(text));

    public static Run Text(string? text, bool bold = false, bool italic = false, string? color = null, string? characterStyle = null)
    {
        var run = new Run();
        if (bold || italic || color is not null || characterStyle is not null)
        {
            var properties = new RunProperties();
            if (characterStyle is not null) properties.Append(new RunStyle { Val = characterStyle });
            if (bold) properties.Append(new Bold());
            if (italic) properties.Append(new Italic());
            if (color is not null) properties.Append(new Color { Val = color });
            run.Append(properties);
        }
        run.Append(new Text(XmlText.Sanitize(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>
    /// A hyperlink to an absolute http(s) or mailto address; plain text for anything else (file:, javascript:,
    /// a UNC path), which a reader clicking a link in a memo must never be sent to.
    /// </summary>
    public static OpenXmlElement Link(MainDocumentPart main, string? url, string text)
    {
        if (url is null || !Uri.TryCreate(XmlText.Sanitize(url).Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeMailto))
            return Text(text);
        var relationship = main.AddHyperlinkRelationship(uri, isExternal: true);
        return new Hyperlink(Text(text, characterStyle: Styles.StyleIds.Hyperlink)) { Id = relationship.Id, History = true };
    }

    /// <summary>A simple field (PAGE, NUMPAGES) with a placeholder result that Word and LibreOffice recompute.</summary>
    public static SimpleField Field(string instruction, string placeholder = "1") =>
        new(new Run(new Text(placeholder))) { Instruction = " " + instruction + " " };

    public static string Clean(string? text) => XmlText.Sanitize(text).Trim();

    /// <summary>
    /// "A, B and C", in the given order. When one of the last two items holds "and" itself ("Economy and trade"),
    /// the list closes with "as well as", so it never reads "Taiwan and Economy and trade".
    /// </summary>
    public static string JoinAnd(IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count < 2) return list.Count == 0 ? string.Empty : list[0];
        var head = string.Join(", ", list.Take(list.Count - 1));
        var last = list[list.Count - 1];
        if (!HasAnd(last) && !HasAnd(list[list.Count - 2])) return head + " and " + last;
        return head + (list.Count > 2 ? ", as well as " : " as well as ") + last;
    }

    private static bool HasAnd(string item) => item.IndexOf(" and ", StringComparison.Ordinal) >= 0;
}
