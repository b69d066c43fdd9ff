// An Open XML package as System.IO.Packaging writes it differs on every run: relationship ids
// are random ("R" and 16 hex digits), the core-properties part has a random name, and every zip
// entry carries the time of writing. The Word and Excel writers pass their finished package
// through here so the same input and options give the same bytes: random ids become rId1, rId2, …
// (skipping ids the package already uses, e.g. a template's), the core-properties part gets a
// fixed name, and every entry the same time. Compiled into the writers as linked source.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;

namespace BriefingKit;

internal static class DeterministicPackage
{
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";

    // The earliest time a zip entry can hold; any fixed time would do.
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// Copies the package in <paramref name="package"/> (seekable, read from its start) to <paramref name="output"/>.
    /// <paramref name="content"/>, when given, supplies the content of entries that were written elsewhere (the
    /// package holds them empty): it returns a stream from the entry's start, or null to copy the entry as it is.
    /// </summary>
    public static void Copy(Stream package, Stream output, Func<string, Stream?>? content = null)
    {
        package.Position = 0;
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);

        // Pass 1: the new names of parts and, per relationship file, the new ids.
        var partNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in source.Entries)
            if (entry.FullName.StartsWith(CorePropertiesFolder, StringComparison.Ordinal) && entry.FullName.EndsWith(".psmdcp", StringComparison.Ordinal))
                partNames[entry.FullName] = CorePropertiesName;
        var idsBySource = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var entry in source.Entries)
        {
            if (!entry.FullName.EndsWith(".rels", StringComparison.Ordinal)) continue;
            var ids = NewIds(ReadText(entry));
            if (ids.Count > 0) idsBySource[SourceOf(entry.FullName)] = ids;
        }

        // Pass 2: every entry, in the original order, renamed and rewritten where needed, at the fixed time.
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in source.Entries)
        {
            var name = partNames.TryGetValue(entry.FullName, out var renamed) ? renamed : entry.FullName;
            var copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = EntryTime;
            using var to = copy.Open();
            var small = entry.FullName.EndsWith(".rels", StringComparison.Ordinal) || entry.FullName == "[Content_Types].xml";
            var ids = idsBySource.TryGetValue(small ? SourceOf(entry.FullName) : entry.FullName, out var found) ? found : null;
            if (!small && content?.Invoke(entry.FullName) is { } written)
            {
                // Content written elsewhere is streamed through (its ids replaced on the way), never held whole.
                using (written)
                {
                    if (ids is null) written.CopyTo(to);
                    else WriteWithIds(written, ids, to);
                }
                continue;
            }
            if (!small && ids is null)
            {
                using var from = entry.Open();
                from.CopyTo(to);
                continue;
            }
            var bytes = ReadBytes(entry);
            if (small && partNames.Count > 0)
            {
                // Relationship targets and content-type part names of renamed parts (small files, so plain replacing is fine).
                var text = Encoding.UTF8.GetString(bytes);
                foreach (var part in partNames) text = text.Replace("\"/" + part.Key + "\"", "\"/" + part.Value + "\"");
                bytes = Encoding.UTF8.GetBytes(text);
            }
            if (ids is null) to.Write(bytes, 0, bytes.Length);
            else WriteWithIds(bytes, ids, to);
        }
    }

    /// <summary>Old id → new id for the random ids of one relationship file, in document order.</summary>
    private static Dictionary<string, string> NewIds(string relsXml)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        XDocument document;
        try
        {
            document = XDocument.Parse(relsXml.TrimStart('\uFEFF'));
        }
        catch (System.Xml.XmlException)
        {
            return map;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var random = new List<string>();
        foreach (var relationship in document.Root?.Elements(Relationships + "Relationship") ?? Array.Empty<XElement>())
        {
            var id = (string?)relationship.Attribute("Id");
            if (id is null) continue;
            if (IsRandom(id)) random.Add(id);
            else used.Add(id);
        }
        var next = 1;
        foreach (var id in random)
        {
            while (used.Contains("rId" + next)) next++;
            map[id] = "rId" + next;
            used.Add("rId" + next);
        }
        return map;
    }

    // System.IO.Packaging's ids: "R" and 16 lower-case hex digits; nothing else looks like that.
    private static bool IsRandom(string id)
    {
        if (id.Length != 17 || id[0] != 'R') return false;
        for (var i = 1; i < id.Length; i++)
            if (!(id[i] is >= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        return true;
    }

    /// <summary>The part a relationship file belongs to: "word/_rels/document.xml.rels" → "word/document.xml"; "_rels/.rels" → "".</summary>
    private static string SourceOf(string relsName)
    {
        var slash = relsName.LastIndexOf("_rels/", StringComparison.Ordinal);
        if (slash < 0 || !relsName.EndsWith(".rels", StringComparison.Ordinal)) return relsName;
        var folder = relsName.Substring(0, slash);
        var file = relsName.Substring(slash + "_rels/".Length);
        return folder + file.Substring(0, file.Length - ".rels".Length);
    }

    // One pass over the part's bytes: every quoted random id ("R" and 16 hex digits in double quotes,
    // as an attribute value) is replaced by its new id. A sheet of thousands of links stays linear.
    private static void WriteWithIds(byte[] bytes, Dictionary<string, string> ids, Stream to) => WriteWithIds(bytes, bytes.Length, true, ids, to);

    // The same over a stream, a buffer at a time: the few bytes that may start an id cut by the buffer's end are kept for the next read.
    private static void WriteWithIds(Stream from, Dictionary<string, string> ids, Stream to)
    {
        var buffer = new byte[1 << 16];
        var length = 0;
        while (true)
        {
            var read = from.Read(buffer, length, buffer.Length - length);
            length += read;
            var done = WriteWithIds(buffer, length, read == 0, ids, to);
            if (read == 0) return;
            Array.Copy(buffer, done, buffer, 0, length - done);
            length -= done;
        }
    }

    /// <summary>Writes <paramref name="bytes"/>[0..<paramref name="length"/>) with ids replaced, all of it when <paramref name="last"/>, else up to where an id may still continue; returns how many bytes it wrote.</summary>
    private static int WriteWithIds(byte[] bytes, int length, bool last, Dictionary<string, string> ids, Stream to)
    {
        const int Quoted = 19; // "R0123456789abcdef"
        var start = 0;
        var i = 0;
        for (; i + Quoted <= length; i++)
        {
            if (bytes[i] != (byte)'"' || bytes[i + 1] != (byte)'R' || bytes[i + Quoted - 1] != (byte)'"') continue;
            var id = Encoding.ASCII.GetString(bytes, i + 1, Quoted - 2);
            if (!IsRandom(id) || !ids.TryGetValue(id, out var replacement)) continue;
            to.Write(bytes, start, i + 1 - start);
            var written = Encoding.ASCII.GetBytes(replacement);
            to.Write(written, 0, written.Length);
            start = i + Quoted - 1;
            i = start - 1;
        }
        var end = last ? length : Math.Max(start, i);
        to.Write(bytes, start, end - start);
        return end;
    }

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using var from = entry.Open();
        using var buffer = new MemoryStream();
        from.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static string ReadText(ZipArchiveEntry entry) => Encoding.UTF8.GetString(ReadBytes(entry));
}
