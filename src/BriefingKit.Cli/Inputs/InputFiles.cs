// Expands the inputs named on the command line: files as given, folders to the transcript
// files inside them (sorted, so output order is stable; a README beside them is skipped).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace BriefingKit.Cli.Inputs;

internal static class InputFiles
{
    private static readonly HashSet<string> TranscriptExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".vtt", ".srt", ".docx", ".json",
    };

    /// <summary>The files to read, and the names that are neither a file nor a folder.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input)) files.Add(input);
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input)
                    .Where(f => TranscriptExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.') && !IsFolderDocumentation(f))
                    .OrderBy(f => f, StringComparer.Ordinal));
            else missing.Add(input);
        }
        return (files, missing);
    }

    private static readonly string[] DocumentationNames = { "README", "CHANGELOG", "LICENSE", "CONTRIBUTING" };

    /// <summary>
    /// A folder's README (or licence, change log) describes the transcripts beside it and is not one.
    /// Named on the command line it is still read: only folder expansion skips it.
    /// </summary>
    private static bool IsFolderDocumentation(string file) =>
        Array.IndexOf(DocumentationNames, Path.GetFileNameWithoutExtension(file).ToUpperInvariant()) >= 0;
}
