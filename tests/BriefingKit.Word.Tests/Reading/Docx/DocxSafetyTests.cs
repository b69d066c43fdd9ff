// Hostile and damaged .docx input: zip bombs, archives that are not Word documents,
// truncated and corrupted files. Every one must end in TranscriptFormatException.
using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Threading;
using BriefingKit.Reading;
using BriefingKit.Word.Reading.Docx;
using BriefingKit.Word.Tests.Support;

namespace BriefingKit.Word.Tests.Reading.Docx;

public sealed class DocxSafetyTests
{
    private static readonly BriefingPipeline Pipeline = BriefingPipelineBuilder.CreateDefault().AddDocxReader().Build();

    private static TranscriptFormatException Refused(byte[] bytes, string name = "evil.docx") =>
        Assert.Throws<TranscriptFormatException>(() => Pipeline.Parse(new TranscriptInput(bytes, name)));

    // A zip whose entries are runs of zeros, written through Deflate to a temporary file.
    private static byte[] ZerosZip(long entryBytes, int entries = 1, bool withDocument = true)
    {
        var path = Path.GetTempFileName();
        try
        {
            using (var file = File.Create(path))
            using (var zip = new ZipArchive(file, ZipArchiveMode.Create))
            {
                var zeros = new byte[1 << 20];
                for (var e = 0; e < entries; e++)
                {
                    var name = e == 0 && withDocument ? "word/document.xml" : "word/media/zero" + e + ".bin";
                    using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                    for (long written = 0; written < entryBytes; written += zeros.Length)
                        stream.Write(zeros, 0, (int)Math.Min(zeros.Length, entryBytes - written));
                }
            }
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void DocxTranscriptReader_Read_ZipBombRefused()
    {
        var watch = Stopwatch.StartNew();
        var bomb = ZerosZip(200L * 1024 * 1024);
        Assert.True(bomb.Length < 2 * 1024 * 1024, $"the bomb should be small packed, was {bomb.Length} bytes");

        var error = Refused(bomb);
        Assert.Equal(0, error.Line);
        Assert.Contains("zip bomb", error.Reason, StringComparison.Ordinal);
        Assert.Contains("word/document.xml", error.Reason, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void DocxTranscriptReader_Read_TotalOverLimitRefused()
    {
        // Three entries of 80 MB: each under the entry limit, together over 200 MB.
        var error = Refused(ZerosZip(80L * 1024 * 1024, entries: 3));
        Assert.Contains("more than 200 MB", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxTranscriptReader_Read_HighCompressionRatioRefused()
    {
        var error = Refused(ZerosZip(4L * 1024 * 1024));
        Assert.Contains("compressed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxTranscriptReader_Read_TooManyEntriesRefused()
    {
        var entries = new (string, string)[10_001];
        entries[0] = ("word/document.xml", "<w:document/>");
        for (var i = 1; i < entries.Length; i++) entries[i] = ("x/" + i, string.Empty);
        var error = Refused(DocxFixture.Zip(entries));
        Assert.Contains("10,001 entries", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void DocxTranscriptReader_Read_LyingSizeInZipDirectoryRefused()
    {
        var docx = DocxFixture.ReplacePart(DocxFixture.Create("Hello"), "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + string.Concat(System.Linq.Enumerable.Repeat("<w:p><w:r><w:t>Emma Ruiz 0:03</w:t></w:r></w:p>", 2000)) + "</w:body></w:document>");
        // Claim 100 bytes for word/document.xml in its central directory record (uncompressed size at offset 24).
        var name = System.Text.Encoding.ASCII.GetBytes("word/document.xml");
        var patched = false;
        for (var i = 0; i + 46 + name.Length <= docx.Length && !patched; i++)
        {
            if (docx[i] != 0x50 || docx[i + 1] != 0x4B || docx[i + 2] != 1 || docx[i + 3] != 2) continue;
            if (BitConverter.ToUInt16(docx, i + 28) != name.Length || !docx.AsSpan(i + 46, name.Length).SequenceEqual(name)) continue;
            BitConverter.GetBytes(100u).CopyTo(docx, i + 24);
            patched = true;
        }
        Assert.True(patched);

        // Either the guard or the zip layer (which on newer .NET stops at the stated size, leaving
        // the XML cut short) refuses it; never more than the stated size is inflated.
        Assert.Equal(0, Refused(docx).Line);
    }

    [Fact]
    public void DocxTranscriptReader_Read_NonDocxZipRefused()
    {
        var error = Refused(DocxFixture.Zip(("hello.txt", "Emma Ruiz 0:03"), ("data/readme.md", "# hi")), "archive.zip");
        Assert.Contains("not a", error.Reason, StringComparison.Ordinal);
        Assert.Equal("archive.zip", error.FileName);
    }

    [Fact]
    public void DocxTranscriptReader_Read_DocumentEntryWithoutPackageRefused()
    {
        Refused(DocxFixture.Zip(("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>")));
    }

    [Fact]
    public void DocxTranscriptReader_Read_IllegalCharacterReferenceRefused()
    {
        var docx = DocxFixture.ReplacePart(DocxFixture.Create("Hello"), "word/document.xml",
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>a&#x1;b</w:t></w:r></w:p></w:body></w:document>");
        Refused(docx);
    }

    [Fact]
    public void DocxTranscriptReader_Read_MalformedDocumentXmlRefused()
    {
        Refused(DocxFixture.ReplacePart(DocxFixture.Create("Hello"), "word/document.xml", "<w:document><w:body><w:p>"));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TruncatedDocxRefused()
    {
        var docx = DocxFixture.Create("Emma Ruiz  0:03", "Hello.", "Tom Hale  0:07", "Hi.");
        foreach (var fraction in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            var truncated = new byte[(int)(docx.Length * fraction)];
            Array.Copy(docx, truncated, truncated.Length);
            Refused(truncated);
        }
    }

    [Fact]
    public void DocxTranscriptReader_Read_CorruptedBytesOnlyThrowFormatException()
    {
        var docx = DocxFixture.Create("Emma Ruiz  0:03", "Hello.", "Tom Hale  0:07", "Hi.");
        var random = new Random(1234);
        var reader = new DocxTranscriptReader();
        for (var i = 0; i < 300; i++)
        {
            var copy = (byte[])docx.Clone();
            var flips = 1 + random.Next(6);
            for (var f = 0; f < flips; f++) copy[4 + random.Next(copy.Length - 4)] = (byte)random.Next(256);
            var input = new TranscriptInput(copy, "flipped.docx");
            _ = reader.Detect(input);
            try
            {
                _ = reader.Read(input, CancellationToken.None);
            }
            catch (TranscriptFormatException)
            {
                // Refused cleanly.
            }
        }
    }

    [Fact]
    public void DocxTranscriptReader_Read_MutatedDocumentXmlOnlyThrowsFormatException()
    {
        const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var xml = "<w:document xmlns:w=\"" + Main + "\"><w:body>"
            + "<w:p><w:r><w:t>Emma Ruiz   0:03</w:t></w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">Hello </w:t><w:tab/><w:br/><w:t>there.</w:t></w:r></w:p>"
            + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Tom Hale 0:09</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Hi.</w:t></w:r></w:p>"
            + "<w:sectPr/></w:body></w:document>";
        string[] snippets = { "<w:p>", "</w:p>", "<w:r>", "<w:t>", "</w:t>", "<w:tbl>", "<w:tc>", "<w:br/>", "&#x1;", "&amp;", "&bogus;", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>", "<w:sdt><w:sdtContent>", "\u0001", "<x:y xmlns:x=\"urn:x\">", "]]>", "<?pi?>", "0:0", " 12:00" };
        var docx = DocxFixture.Create("placeholder");
        var reader = new DocxTranscriptReader();
        var random = new Random(4321);
        for (var i = 0; i < 200; i++)
        {
            var text = new System.Text.StringBuilder(xml);
            for (var e = 1 + random.Next(3); e > 0 && text.Length > 0; e--)
            {
                var at = random.Next(text.Length);
                if (random.Next(2) == 0) text.Remove(at, Math.Min(text.Length - at, 1 + random.Next(12)));
                else text.Insert(at, snippets[random.Next(snippets.Length)]);
            }
            var input = new TranscriptInput(DocxFixture.ReplacePart(docx, "word/document.xml", text.ToString()), "m.docx");
            try
            {
                var transcript = reader.Read(input, CancellationToken.None);
                Assert.All(transcript.Turns, t => Assert.False(string.IsNullOrWhiteSpace(t.Text)));
            }
            catch (TranscriptFormatException)
            {
                // Refused cleanly.
            }
        }
    }

    [Fact]
    public void DocxTranscriptReader_Read_NotAZipRefused()
    {
        var error = Assert.Throws<TranscriptFormatException>(() =>
            new DocxTranscriptReader().Read(new TranscriptInput(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "old.doc"), CancellationToken.None));
        Assert.Contains("not a zip archive", error.Reason, StringComparison.Ordinal);
    }
}
