// The XML of the workbook's large parts (the table sheets, their notes and drawings, the shared
// strings), written to temporary files instead of into the package. System.IO.Packaging keeps every
// part it is given uncompressed in memory until the package is closed, and the deterministic copy
// (DeterministicPackage) then inflates and deflates it all again: a year's 30 MB of XML held twice
// and compressed twice. Spilled parts stay empty in the package; the copy takes their content from
// here and compresses it once, into the output. The files are deleted when they are closed (Dispose),
// whether the workbook was written, failed or was cancelled.
using System;
using System.Collections.Generic;
using System.IO;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingKit.Excel.Internal;

internal sealed class PartSpill : IDisposable
{
    private readonly Dictionary<string, FileStream> _files = new(StringComparer.Ordinal);

    /// <summary>A stream for <paramref name="part"/>'s content (a new temporary file); closing it keeps the file.</summary>
    public Stream Create(OpenXmlPart part)
    {
        var name = EntryName(part);
        if (_files.TryGetValue(name, out var old))
        {
            old.Dispose();
            _files.Remove(name);
        }
        var file = TemporaryFiles.Create(".xml");
        _files[name] = file;
        return new KeptOpen(file);
    }

    /// <summary>The spilled content of the zip entry <paramref name="entryName"/>, from its start; null when it was not spilled.</summary>
    public Stream? Open(string entryName)
    {
        if (!_files.TryGetValue(entryName, out var file)) return null;
        file.Flush();
        file.Position = 0;
        return new KeptOpen(file);
    }

    public void Dispose()
    {
        foreach (var file in _files.Values) file.Dispose();
        _files.Clear();
    }

    // "/xl/worksheets/sheet2.xml" is the zip entry "xl/worksheets/sheet2.xml".
    private static string EntryName(OpenXmlPart part) => part.Uri.OriginalString.TrimStart('/');

    /// <summary>The file stream, except that closing it (as XML writers do) leaves the file open for the copy.</summary>
    private sealed class KeptOpen(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => inner.CanSeek;
        public override bool CanWrite => inner.CanWrite;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => inner.Position = value;
        }

        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
        public override void SetLength(long value) => inner.SetLength(value);
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Flush();
            base.Dispose(disposing);
        }
    }
}
