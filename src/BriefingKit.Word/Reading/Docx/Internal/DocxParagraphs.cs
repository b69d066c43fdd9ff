// Opens a .docx with the Open XML SDK and returns its text as lines, each with the 1-based
// index of its paragraph (a paragraph with soft line breaks gives several lines). Text in
// tables and content controls is included in document order; text boxes and drawings are
// skipped, because Word stores them twice (a DrawingML choice and a VML fallback).
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Reading.Docx.Internal;

/// <summary>One line of a paragraph, with the paragraph's 1-based index among all paragraphs.</summary>
internal sealed record DocxLine(int Paragraph, string Text);

/// <summary>The text of a document and its title from the document properties.</summary>
internal sealed record DocxContent(IReadOnlyList<DocxLine> Lines, string? PropertiesTitle);

internal static class DocxParagraphs
{
    /// <summary>
    /// The most characters the SDK reads from one part: about 32 MB of XML, several times the
    /// longest real transcript, and a bound on memory whatever the zip's headers claim.
    /// </summary>
    public const long MaxCharactersInPart = 32L * 1024 * 1024;

    public static DocxContent Read(Stream stream, string? fileName)
    {
        try
        {
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new TranscriptFormatException(fileName, 0, "a zip archive but not a Word document (it has no main document part)");
            var paragraphs = new List<string>();
            Collect(body, paragraphs);

            var lines = new List<DocxLine>();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                foreach (var part in paragraphs[i].Split('\n'))
                {
                    var line = part.Trim();
                    if (line.Length > 0) lines.Add(new DocxLine(i + 1, line));
                }
            }
            var title = XmlText.Sanitize(document.PackageProperties.Title).Trim();
            return new DocxContent(lines, title.Length == 0 ? null : title);
        }
        catch (Exception ex) when (IsUnreadable(ex))
        {
            throw new TranscriptFormatException(fileName, 0, "not a readable Word document: " + ex.Message, ex);
        }
    }

    // What the SDK and the XML and zip layers beneath it throw for damaged or hostile files.
    private static bool IsUnreadable(Exception ex) =>
        ex is OpenXmlPackageException or XmlException or InvalidDataException or IOException or FormatException
            or InvalidOperationException or NotSupportedException or ArgumentException or OverflowException or KeyNotFoundException;

    // Real documents nest a few levels (table in table in content control); a hostile one
    // could nest deep enough to overflow the stack, which no catch can stop.
    private const int MaxDepth = 64;

    private static void Collect(OpenXmlElement container, List<string> paragraphs, int depth = 0)
    {
        if (depth > MaxDepth) return;
        foreach (var child in container.ChildElements)
        {
            if (child is Paragraph paragraph)
            {
                var text = new StringBuilder();
                AppendText(paragraph, text, depth + 1);
                paragraphs.Add(XmlText.Sanitize(text.ToString()));
            }
            else if (!IsSkipped(child) && child.HasChildren)
            {
                Collect(child, paragraphs, depth + 1);
            }
        }
    }

    private static void AppendText(OpenXmlElement element, StringBuilder text, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab:
                    text.Append('\t');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case ParagraphProperties or RunProperties or FieldCode or DeletedText:
                    break;
                default:
                    if (!IsSkipped(child) && child.HasChildren) AppendText(child, text, depth + 1);
                    break;
            }
        }
    }

    private static bool IsSkipped(OpenXmlElement element) =>
        element is AlternateContent or Drawing or Picture or EmbeddedObject or SectionProperties or DeletedRun;
}
