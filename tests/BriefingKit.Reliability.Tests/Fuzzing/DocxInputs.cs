// .docx inputs: Teams-style, labelled and table transcripts built with the Open XML SDK, then
// damaged in their zip bytes or in their XML, given external relationships, or made into bombs.
using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class DocxInputs
{
    public static byte[] Build(Random r, int size, StringBuilder recipe)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            body.Append(Paragraph("Weekly Policy Sync"), Paragraph("April " + r.Next(1, 29) + ", 2021"));
            var layout = r.Next(3);
            recipe.Append(layout switch { 0 => " teams", 1 => " labelled", _ => " table" });
            if (layout == 2)
            {
                var table = new Table(new TableRow(Cell("Speaker"), Cell("Time"), Cell("Transcript")));
                for (var i = 0; i < 2 + size; i++)
                    table.Append(new TableRow(Cell(Documents.Name(r)), Cell($"0:{i % 60:00}"), Cell(Documents.Speech(r))));
                body.Append(table);
            }
            else
            {
                for (var i = 0; i < 2 + size; i++)
                {
                    var name = Documents.Name(r);
                    if (layout == 0) body.Append(Paragraph($"{name}   {i / 60}:{i % 60:00}"), Paragraph(Documents.Speech(r)));
                    else body.Append(Paragraph($"{name.Split(' ')[^1].ToUpperInvariant()}: {Documents.Speech(r)}"));
                }
            }
            if (r.Next(3) == 0) AddExternalRelationships(main, body, recipe);
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableCell Cell(string text) => new(Paragraph(text));

    /// <summary>A hyperlink, a linked picture and a template on other hosts: the reader must not fetch them.</summary>
    public static void AddExternalRelationships(MainDocumentPart main, Body body, StringBuilder recipe)
    {
        recipe.Append(" +external-rels");
        var link = main.AddHyperlinkRelationship(new Uri("https://203.0.113.9/never-fetched"), true);
        body.Append(new Paragraph(new Hyperlink(new Run(new Text("a link"))) { Id = link.Id }));
        main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri("http://203.0.113.9/linked.png"));
        main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/subDocument", new Uri("file:///etc/passwd"));
        var settings = main.DocumentSettingsPart ?? main.AddNewPart<DocumentSettingsPart>();
        var template = settings.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri("\\\\203.0.113.9\\share\\evil.dotm", UriKind.RelativeOrAbsolute));
        settings.Settings = new Settings(new AttachedTemplate { Id = template.Id });
    }

    /// <summary>Replaces word/document.xml with a damaged copy of itself (the zip stays sound).</summary>
    public static byte[] DamageXml(byte[] docx, Random r, StringBuilder recipe)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            entry.Delete();
            var damaged = r.Next(6) switch
            {
                0 => Tag(recipe, " +xml-truncated", xml[..r.Next(xml.Length)]),
                1 => Tag(recipe, " +xml-garbage", xml.Insert(r.Next(xml.Length), "<w:p><w:r><w:t>&bogus;</w:t></w:r>")),
                2 => Tag(recipe, " +xml-entity-bomb", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>" + xml[(xml.IndexOf("?>", StringComparison.Ordinal) + 2)..].Replace("Weekly", "&d;", StringComparison.Ordinal)),
                3 => Tag(recipe, " +xml-deep", xml.Replace("<w:body>", "<w:body>" + string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 3000)), StringComparison.Ordinal)),
                4 => Tag(recipe, " +xml-control-chars", xml.Replace("Weekly", "&#x1;&#xFFFE;W\u0085eekly", StringComparison.Ordinal)),
                _ => Tag(recipe, " +xml-utf16-claim", xml.Replace("encoding=\"utf-8\"", "encoding=\"utf-16\"", StringComparison.OrdinalIgnoreCase)),
            };
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(damaged);
        }
        return stream.ToArray();
    }

    private static string Tag(StringBuilder recipe, string what, string value)
    {
        recipe.Append(what);
        return value;
    }

    /// <summary>A .docx whose extra part unpacks to <paramref name="megabytes"/> MB of zeros (about 1000 to 1).</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        var docx = Build(new Random(1), 2, new StringBuilder());
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = zip.CreateEntry("word/media/padding.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++) bomb.Write(zeros);
        }
        return stream.ToArray();
    }

    /// <summary>A .docx whose word/document.xml says, in the zip directory, that it unpacks to 64 bytes.</summary>
    public static byte[] LyingSizes()
    {
        var docx = Build(new Random(2), 200, new StringBuilder());
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        // Patch the uncompressed size (offset 24) of the central directory record (PK\1\2) for that name.
        for (var i = 0; i + 46 < docx.Length; i++)
        {
            if (docx[i] != 'P' || docx[i + 1] != 'K' || docx[i + 2] != 1 || docx[i + 3] != 2) continue;
            var nameLength = BitConverter.ToUInt16(docx, i + 28);
            if (nameLength == name.Length && docx.AsSpan(i + 46, nameLength).SequenceEqual(name))
            {
                BitConverter.TryWriteBytes(docx.AsSpan(i + 24, 4), 64u);
                return docx;
            }
        }
        throw new InvalidOperationException("no central directory record for word/document.xml");
    }

    /// <summary>A .docx with <paramref name="count"/> extra (empty) entries.</summary>
    public static byte[] ManyEntries(int count)
    {
        var docx = Build(new Random(3), 2, new StringBuilder());
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
            for (var i = 0; i < count; i++) zip.CreateEntry($"customXml/item{i}.bin", CompressionLevel.NoCompression);
        return stream.ToArray();
    }
}
