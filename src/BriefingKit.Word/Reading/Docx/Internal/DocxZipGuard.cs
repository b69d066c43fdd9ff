// Zip-bomb and sanity checks on a .docx before the Open XML SDK sees it. The central
// directory states each entry's sizes, so a bomb is refused without inflating a byte; the
// XML parts are then inflated once, within those limits, to catch sizes that lie; and the
// SDK's MaxCharactersInPart bounds what it reads of a part.
using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal static class DocxZipGuard
{
    /// <summary>The most an entry may unpack to.</summary>
    public const long MaxEntryBytes = 100L * 1024 * 1024;

    /// <summary>The most all entries together may unpack to.</summary>
    public const long MaxTotalBytes = 200L * 1024 * 1024;

    /// <summary>The most entries an archive may have.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>The highest compression ratio allowed for an entry of more than <see cref="BigEntryBytes"/>.</summary>
    public const double MaxRatio = 100;

    /// <summary>Entries up to this size may compress as well as they like (small XML parts often pass 100:1).</summary>
    public const long BigEntryBytes = 1024 * 1024;

    /// <summary>The main document part's name in every .docx Word writes.</summary>
    public const string DocumentEntry = "word/document.xml";

    /// <summary>Refuses archives that are corrupt or would unpack to too much.</summary>
    /// <exception cref="TranscriptFormatException">The archive is corrupt or over a limit.</exception>
    public static void Check(Stream stream, string? fileName)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > MaxEntries)
                throw Refuse(fileName, string.Format(CultureInfo.InvariantCulture, "the archive has {0:N0} entries (limit {1:N0})", entries.Count, MaxEntries));

            long total = 0;
            foreach (var entry in entries)
            {
                if (entry.Length > MaxEntryBytes)
                    throw Refuse(fileName, string.Format(CultureInfo.InvariantCulture, "'{0}' unpacks to {1:N0} MB (limit {2:N0} MB)", entry.FullName, entry.Length / 1048576.0, MaxEntryBytes / 1048576));
                total += entry.Length;
                if (total > MaxTotalBytes)
                    throw Refuse(fileName, string.Format(CultureInfo.InvariantCulture, "the archive unpacks to more than {0:N0} MB", MaxTotalBytes / 1048576));
            }
            // Sizes first, over all entries: a size over the limit is the plainer message.
            foreach (var entry in entries)
            {
                if (entry.Length > BigEntryBytes && (entry.CompressedLength <= 0 || entry.Length / (double)entry.CompressedLength > MaxRatio))
                    throw Refuse(fileName, string.Format(CultureInfo.InvariantCulture, "'{0}' is compressed {1:N0} to 1 (limit {2:N0} to 1)", entry.FullName, entry.CompressedLength <= 0 ? double.PositiveInfinity : entry.Length / (double)entry.CompressedLength, MaxRatio));
            }
            // The sizes above are what the zip directory claims. The XML parts are parsed (the
            // package's own parts without the SDK's character limit), so check that they really
            // unpack to no more than claimed; newer .NET stops at the claimed size by itself, not
            // every runtime this library targets does. The limits above bound this work.
            var buffer = new byte[81920];
            foreach (var entry in entries)
            {
                if (!IsXmlPart(entry.FullName)) continue;
                using var data = entry.Open();
                long unpacked = 0;
                int read;
                while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
                {
                    unpacked += read;
                    if (unpacked > entry.Length)
                        throw Refuse(fileName, string.Format(CultureInfo.InvariantCulture, "'{0}' unpacks to more than the {1:N0} bytes its zip header states", entry.FullName, entry.Length));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            throw NotAZip(fileName, ex);
        }
        finally
        {
            if (stream.CanSeek) stream.Position = 0;
        }
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the archive has <see cref="DocumentEntry"/>; false for anything unreadable.</summary>
    public static bool HasDocumentEntry(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
            if (string.Equals(entry.FullName, DocumentEntry, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>The error for bytes that start like a zip but cannot be read as one.</summary>
    public static TranscriptFormatException NotAZip(string? fileName, Exception ex) =>
        new(fileName, 0, "not a readable .docx: the zip archive is corrupt or truncated (" + ex.Message + ")", ex);

    private static TranscriptFormatException Refuse(string? fileName, string detail) =>
        new(fileName, 0, "refused as a possible zip bomb: " + detail);
}
