// A memo BriefingKit wrote into the folder it read is not a transcript: read back on the next run
// of the folder it would add a source made of our own summary. Documents we write say so in
// their extended properties (Application "BriefingKit", set by the Word and Excel writers), and
// older ones in their description; folder expansion skips both, with a note. Only the zip's
// directory and one small part are read, so a hostile file costs nothing here.
using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace BriefingKit.Cli.Inputs;

internal static class OwnOutputs
{
    private const int MaxPropertiesBytes = 64 * 1024;

    /// <summary>Whether <paramref name="file"/> is a .docx written by BriefingKit.</summary>
    public static bool IsOurs(string file)
    {
        if (!string.Equals(Path.GetExtension(file), ".docx", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            using var zip = ZipFile.OpenRead(file);
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > MaxPropertiesBytes) continue;
                var name = entry.FullName;
                var isApp = string.Equals(name, "docProps/app.xml", StringComparison.OrdinalIgnoreCase);
                var isCore = name.EndsWith(".psmdcp", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "docProps/core.xml", StringComparison.OrdinalIgnoreCase);
                if (!isApp && !isCore) continue;
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var xml = reader.ReadToEnd();
                if (isApp && xml.Contains(">" + GeneratorName + "</", StringComparison.Ordinal)) return true;
                if (isCore && xml.Contains("written by BriefingKit.</", StringComparison.Ordinal)) return true;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // Not a readable zip: the reader reports it properly.
        }
        return false;
    }

    /// <summary>The Application our writers put in docProps/app.xml.</summary>
    public const string GeneratorName = "BriefingKit";

    public static string Note(string file) =>
        $"briefingkit: {file}: note: written by BriefingKit (a memo, not a transcript), skipped; name it on its own to read it anyway.";
}
