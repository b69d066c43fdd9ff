// Opens a .docx with the Open XML SDK and returns its text as lines, each with the 1-based
// index of its paragraph (a paragraph with soft line breaks gives several lines). Text in
// tables and content controls is included in document order, and each outermost table is
// also kept as rows of cells, so a transcript laid out as a table can be read by column; text
// boxes and drawings are skipped, because Word stores them twice (a DrawingML choice and a VML
// fallback).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Reading.Docx.Internal;

/// <summary>One line of a paragraph, with the paragraph's 1-based index among all paragraphs.</summary>
internal sealed record DocxLine(int Paragraph, string Text);

/// <summary>The text of a document, its title from the document properties, and its outermost tables.</summary>
internal sealed record DocxContent(IReadOnlyList<DocxLine> Lines, string? PropertiesTitle, IReadOnlyList<DocxTable> Tables)
{
    public DocxContent(IReadOnlyList<DocxLine> lines, string? propertiesTitle)
        : this(lines, propertiesTitle, Array.Empty<DocxTable>())
    {
    }
}

/// <summary>A table cell: its text (its paragraphs' lines joined with spaces) and its first paragraph's index.</summary>
internal sealed record DocxCell(string Text, int Paragraph);

/// <summary>
/// An outermost table: its 1-based number among them, the indexes of its first and last
/// paragraphs, and its rows of cells (a table nested in a cell is part of that cell's text).
/// </summary>
internal sealed record DocxTable(int Number, int FirstParagraph, int LastParagraph, IReadOnlyList<IReadOnlyList<DocxCell>> Rows);

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
            var tables = new TableList();
            Collect(body, paragraphs, tables);

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
            return new DocxContent(lines, title.Length == 0 ? null : title, tables.Select(t => ToTable(t.Number, t.First, t.Last, t.Rows, paragraphs)).ToList());
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

    private static void Collect(OpenXmlElement container, List<string> paragraphs, TableList? tables, int depth = 0)
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
            else if (child is Table table && tables is not null)
            {
                CollectTable(table, paragraphs, tables, depth + 1);
            }
            else if (!IsSkipped(child) && child.HasChildren)
            {
                Collect(child, paragraphs, tables, depth + 1);
            }
        }
    }

    // Rows may sit inside content controls (w:sdt) or custom XML; cells likewise. Everything in
    // a cell, nested tables included, is that cell's text (tables: null stops nesting).
    private static void CollectTable(Table table, List<string> paragraphs, TableList tables, int depth)
    {
        var first = paragraphs.Count + 1;
        var rows = new List<List<(int First, int Count)>>();
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().FirstOrDefault() == table))
        {
            var cells = new List<(int First, int Count)>();
            foreach (var cell in row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().FirstOrDefault() == row))
            {
                var start = paragraphs.Count;
                Collect(cell, paragraphs, null, depth + 2);
                cells.Add((start, paragraphs.Count - start));
            }
            rows.Add(cells);
        }
        tables.Add((tables.Count + 1, first, Math.Max(first, paragraphs.Count), rows));
    }

    private static DocxTable ToTable(int number, int first, int last, List<List<(int First, int Count)>> rows, List<string> paragraphs)
    {
        var result = new List<IReadOnlyList<DocxCell>>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new List<DocxCell>(row.Count);
            foreach (var (start, count) in row)
            {
                var text = string.Join(" ", paragraphs.Skip(start).Take(count)
                    .SelectMany(p => p.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0));
                cells.Add(new DocxCell(text, start + 1));
            }
            result.Add(cells);
        }
        return new DocxTable(number, first, last, result);
    }

    private sealed class TableList : List<(int Number, int First, int Last, List<List<(int First, int Count)>> Rows)>
    {
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
