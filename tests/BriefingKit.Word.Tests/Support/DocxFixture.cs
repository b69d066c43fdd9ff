// Builds small .docx files in memory with the Open XML SDK, so tests need no binary fixtures.
// In a paragraph's text, "\n" becomes a soft line break (w:br) and "\t" a tab (w:tab).
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Support;

internal static class DocxFixture
{
    public static byte[] Create(params string[] paragraphs) => Create(null, paragraphs);

    public static byte[] Create(string? propertiesTitle, IEnumerable<string> paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var paragraph in paragraphs) body.Append(Paragraph(paragraph));
            main.Document = new Document(body);
            if (propertiesTitle is not null) document.PackageProperties.Title = propertiesTitle;
        }
        return stream.ToArray();
    }

    /// <summary>A document whose body holds the given elements.</summary>
    public static byte[] Create(params OpenXmlElement[] bodyElements)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(bodyElements));
        }
        return stream.ToArray();
    }

    public static Paragraph Paragraph(string text)
    {
        var run = new Run();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) run.Append(new Break());
            var pieces = lines[i].Split('\t');
            for (var j = 0; j < pieces.Length; j++)
            {
                if (j > 0) run.Append(new TabChar());
                if (pieces[j].Length > 0) run.Append(new Text(pieces[j]) { Space = SpaceProcessingModeValues.Preserve });
            }
        }
        return new Paragraph(run);
    }

    /// <summary>
    /// A bordered table with one row per array and one cell per string (each cell one paragraph,
    /// with the same "\n" and "\t" rules as <see cref="Paragraph"/>), as Word writes it: table
    /// properties, a column grid, then the rows.
    /// </summary>
    public static Table Table(params string[][] rows)
    {
        var columns = 0;
        foreach (var row in rows) columns = System.Math.Max(columns, row.Length);
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "0", Type = TableWidthUnitValues.Auto }, border));
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++) grid.Append(new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        table.Append(grid);
        foreach (var cells in rows)
        {
            var row = new TableRow();
            foreach (var cell in cells) row.Append(new TableCell(Paragraph(cell)));
            table.Append(row);
        }
        return table;
    }

    /// <summary>A document whose body holds the given elements, after checking it with the Open XML validator.</summary>
    public static byte[] CreateValid(params OpenXmlElement[] bodyElements)
    {
        var bytes = Create(bodyElements);
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        BriefingKit.Tests.Shared.OpenXmlAssert.Valid(document);
        return bytes;
    }

    /// <summary>A zip with the given entries (name → UTF-8 text), not necessarily a valid .docx.</summary>
    public static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                var bytes = Encoding.UTF8.GetBytes(text);
                entry.Write(bytes, 0, bytes.Length);
            }
        }
        return stream.ToArray();
    }

    /// <summary>A copy of a valid .docx with one part's content replaced.</summary>
    public static byte[] ReplacePart(byte[] docx, string partName, string text)
    {
        using var stream = new MemoryStream();
        stream.Write(docx, 0, docx.Length);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(partName)?.Delete();
            using var entry = zip.CreateEntry(partName).Open();
            var bytes = Encoding.UTF8.GetBytes(text);
            entry.Write(bytes, 0, bytes.Length);
        }
        return stream.ToArray();
    }
}
