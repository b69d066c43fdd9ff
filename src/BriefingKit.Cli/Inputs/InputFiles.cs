// Expands the inputs named on the command line: files as given, "-" (standard input) as it is,
// folders to the transcript files inside them (sorted, so output order is stable; a README beside
// them, and memos BriefingKit wrote there itself, are skipped).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BriefingKit.Cli.Output;

namespace BriefingKit.Cli.Inputs;

internal static class InputFiles
{
    private static readonly HashSet<string> TranscriptExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".markdown", ".vtt", ".srt", ".docx", ".json",
    };

    /// <summary>The files to read, the names that are neither a file nor a folder, and our own outputs found in folders and skipped.</summary>
    public static ExpandedInputs Expand(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var ours = new List<string>();
        foreach (var input in inputs)
        {
            if (input == OutputTarget.StandardStream || File.Exists(input)) files.Add(input);
            else if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input)
                    .Where(f => TranscriptExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.') && !IsFolderDocumentation(f))
                    .OrderBy(f => f, StringComparer.Ordinal))
                {
                    if (OwnOutputs.IsOurs(file)) ours.Add(file);
                    else files.Add(file);
                }
            }
            else missing.Add(input);
        }
        return new ExpandedInputs(files, missing, ours);
    }

    private static readonly string[] DocumentationNames = { "README", "CHANGELOG", "LICENSE", "CONTRIBUTING" };

    /// <summary>
    /// A folder's README (or licence, change log) describes the transcripts beside it and is not one.
    /// Named on the command line it is still read: only folder expansion skips it.
    /// </summary>
    private static bool IsFolderDocumentation(string file) =>
        Array.IndexOf(DocumentationNames, Path.GetFileNameWithoutExtension(file).ToUpperInvariant()) >= 0;
}

/// <summary>What <see cref="InputFiles.Expand"/> found.</summary>
internal sealed record ExpandedInputs(IReadOnlyList<string> Files, IReadOnlyList<string> Missing, IReadOnlyList<string> OwnOutputs);
