// Where a command's output goes: a file (written atomically, see SafeFile) or standard output
// ("-"). The checks a user can act on are made before any input is read, so a long run never
// ends in "cannot write": a folder named as the file, a path under a file, a folder that cannot
// be written to, or an output that is one of the inputs.
using System;
using System.Collections.Generic;
using System.IO;
using BriefingKit.Cli.Inputs;

namespace BriefingKit.Cli.Output;

internal static class OutputTarget
{
    /// <summary>The name that means standard input (as an input) or standard output (as -o).</summary>
    public const string StandardStream = "-";

    public static bool IsStandardOutput(string? path) => path == StandardStream;

    /// <summary>Why <paramref name="path"/> cannot be written, in one line, or null when it looks writable.</summary>
    /// <param name="path">The -o value.</param>
    /// <param name="example">A file name to suggest when <paramref name="path"/> is a folder (memo.docx).</param>
    public static string? Problem(string path, string example)
    {
        if (IsStandardOutput(path)) return null;
        if (path.Length == 0) return "an empty file name.";
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"'{path}' is not a valid file name ({ex.Message}).";
        }
        if (Directory.Exists(full) || path.EndsWith('/') || path.EndsWith(Path.DirectorySeparatorChar))
            return $"{full} is a folder; name the file to write in it, e.g. {Path.Combine(full.TrimEnd('/', Path.DirectorySeparatorChar), example)}.";

        // The nearest folder that exists: every name below it will be created, so none may be a file.
        var folder = Path.GetDirectoryName(full);
        while (folder is not null && !Directory.Exists(folder))
        {
            if (File.Exists(folder)) return $"cannot write {full}: {folder} is a file, not a folder.";
            folder = Path.GetDirectoryName(folder);
        }
        if (folder is null) return $"cannot write {full}: no such folder.";
        return CanCreateFileIn(folder) ? null : $"cannot write {full}: {folder} is not writable (permission denied or read-only).";
    }

    /// <summary>Whether a file can be created in the folder, tried with a temporary file that is removed at once.</summary>
    private static bool CanCreateFileIn(string folder)
    {
        var probe = Path.Combine(folder, ".briefingkit-" + Guid.NewGuid().ToString("N") + ".probe");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// The input <paramref name="output"/> would overwrite (compared by real path, links followed), or null.
    /// Checked before any work: writing a memo over its transcript loses the transcript.
    /// </summary>
    public static string? OverwrittenInput(string output, IEnumerable<string> inputFiles)
    {
        if (IsStandardOutput(output)) return null;
        var target = DuplicateInputs.Identity(output);
        var comparer = DuplicateInputs.PathComparer;
        foreach (var input in inputFiles)
            if (input != StandardStream && comparer.Equals(DuplicateInputs.Identity(input), target)) return input;
        return null;
    }

    /// <summary>Writes the output: to standard output for "-", else atomically to the file.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static void Write(string path, Action<Stream> write) =>
        WriteAsync(path, stream =>
        {
            write(stream);
            return System.Threading.Tasks.Task.CompletedTask;
        }).GetAwaiter().GetResult();

    /// <summary>Writes the output as <paramref name="write"/> produces it: to standard output for "-", else atomically to the file.</summary>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public static async System.Threading.Tasks.Task WriteAsync(string path, Func<Stream, System.Threading.Tasks.Task> write)
    {
        if (IsStandardOutput(path))
        {
            var stdout = CliStreams.Current.OpenStandardOutput();
            await write(stdout).ConfigureAwait(false);
            await stdout.FlushAsync().ConfigureAwait(false);
            return;
        }
        await SafeFile.WriteAsync(path, write).ConfigureAwait(false);
    }

    /// <summary>"Wrote …" goes to standard output, except when the output itself went there.</summary>
    public static System.IO.TextWriter ReportWriter(string path, System.IO.TextWriter output, System.IO.TextWriter error) =>
        IsStandardOutput(path) ? error : output;

    /// <summary>The name to show for the output.</summary>
    public static string Display(string path) => IsStandardOutput(path) ? "standard output" : Path.GetFullPath(path);
}
