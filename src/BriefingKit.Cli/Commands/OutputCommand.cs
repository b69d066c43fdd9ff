// The steps every command that writes a file shares, so each reports the same fault the same way
// with the same exit code: refusing an output that is one of the inputs (before any work), and
// writing the output atomically with a one-line message when that fails.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using BriefingKit.Cli.Output;

namespace BriefingKit.Cli.Commands;

internal static class OutputCommand
{
    /// <summary>False, after saying why, when <paramref name="output"/> is one of <paramref name="inputs"/>.</summary>
    public static async Task<bool> CheckNotAnInputAsync(string output, IEnumerable<string> inputs, TextWriter error)
    {
        if (OutputTarget.OverwrittenInput(output, inputs) is not { } input) return true;
        await error.WriteLineAsync($"briefingkit: --output: {Path.GetFullPath(output)} is one of the inputs ({input}); writing it would destroy it. Name another file.").ConfigureAwait(false);
        return false;
    }

    /// <summary>Writes the output (a file atomically, or standard output); false after a one-line message when it cannot.</summary>
    public static Task<bool> TryWriteAsync(string output, Action<Stream> write, TextWriter error) =>
        TryWriteAsync(output, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }, error);

    /// <summary>
    /// Writes the output as <paramref name="write"/> produces it (a file atomically: nothing is left when it throws,
    /// cancellation included); false after a one-line message when it cannot be written.
    /// </summary>
    public static async Task<bool> TryWriteAsync(string output, Func<Stream, Task> write, TextWriter error)
    {
        try
        {
            await OutputTarget.WriteAsync(output, write).ConfigureAwait(false);
            return true;
        }
        catch (InvalidDataException ex)
        {
            // A template that is not a Word document: the writer's message names the template.
            await error.WriteLineAsync("briefingkit: " + ex.Message).ConfigureAwait(false);
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"briefingkit: {OutputTarget.Display(output)}: cannot write: {ex.Message}").ConfigureAwait(false);
            return false;
        }
    }
}
