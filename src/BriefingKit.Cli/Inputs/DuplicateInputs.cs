// Inputs given twice, found in one place for every command (parse, memo, matrix) so they all
// read a duplicate once and say so the same way: the same file reached by two names (a folder
// and a file in it, a relative and an absolute path, a link to it) or the same transcript text
// under another name (a copy, or the model JSON of a file also given).
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace BriefingKit.Cli.Inputs;

internal sealed class DuplicateInputs
{
    internal static readonly StringComparer PathComparer = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private readonly Dictionary<string, string> _files = new(PathComparer);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    // The first text is hashed only when a second one comes: a single input cannot be a duplicate, and the
    // first hash of a run loads the system's crypto library, a measurable part of a one-file memo.
    private (Transcript Transcript, string Name)? _unhashed;

    /// <summary>How many inputs were duplicates (and left out).</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The name <paramref name="file"/> was first given as when it is a file already seen under any name,
    /// else null (and the file is remembered).
    /// </summary>
    public string? SameFileAs(string file)
    {
        var identity = Identity(file);
        if (_files.TryGetValue(identity, out var first))
        {
            Count++;
            return first;
        }
        _files[identity] = file;
        return null;
    }

    /// <summary>
    /// The name of an earlier input whose transcript has the same text as <paramref name="transcript"/>
    /// (compared by a hash of the normalised text of its turns), else null (and the text is remembered).
    /// A transcript with no text is never a duplicate.
    /// </summary>
    public string? SameTextAs(Transcript transcript, string name)
    {
        if (_texts.Count == 0 && _unhashed is null)
        {
            _unhashed = (transcript, name);
            return null;
        }
        if (_unhashed is { } earlier)
        {
            _unhashed = null;
            if (TextHash(earlier.Transcript) is { } earlierHash) _texts[earlierHash] = earlier.Name;
        }
        if (TextHash(transcript) is not { } hash) return null;
        if (_texts.TryGetValue(hash, out var first))
        {
            Count++;
            return first;
        }
        _texts[hash] = name;
        return null;
    }

    /// <summary>The one warning line for a duplicate, naming both inputs.</summary>
    public static string Warning(string duplicate, string first, bool sameFile) =>
        string.Equals(duplicate, first, StringComparison.Ordinal)
            ? $"briefingkit: {duplicate}: warning: given twice (by name and in its folder, or twice by name), read once."
            : $"briefingkit: {duplicate}: warning: duplicate of {first} ({(sameFile ? "the same file" : "the same text")}), read once.";

    /// <summary>"; 1 duplicate input read once" for the summary line, or nothing.</summary>
    public static string Summary(int duplicates) =>
        duplicates == 0 ? string.Empty : $"; {duplicates} duplicate input{(duplicates == 1 ? string.Empty : "s")} read once";

    /// <summary>
    /// A SHA-256 of the transcript's spoken text with Unicode normalised (NFC) and every run of white space
    /// made one space, so a copy with other line endings, wrapping or a byte-order mark is the same text.
    /// </summary>
    public static string? TextHash(Transcript transcript)
    {
        var text = new StringBuilder();
        var spoken = false;
        foreach (var turn in transcript.Turns)
        {
            var space = true;
            foreach (var c in turn.Text.Normalize(NormalizationForm.FormC))
            {
                if (char.IsWhiteSpace(c))
                {
                    if (!space) text.Append(' ');
                    space = true;
                    continue;
                }
                text.Append(c);
                space = false;
                spoken = true;
            }
            if (text.Length > 0 && text[text.Length - 1] == ' ') text.Length--;
            text.Append('\n');
        }
        // Nothing but separators: no text to compare.
        if (!spoken) return null;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The file's full path with links followed, so two names of one file compare equal.</summary>
    internal static string Identity(string file)
    {
        var full = Path.GetFullPath(file);
        try
        {
            if (new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is { } target) full = Path.GetFullPath(target.FullName);
            // Its folder reached through a link counts too.
            if (Path.GetDirectoryName(full) is { Length: > 0 } folder && new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true) is { } realFolder)
                full = Path.Combine(realFolder.FullName, Path.GetFileName(full));
        }
        catch (IOException)
        {
            // A broken link: compare by the name as given.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return full;
    }
}
