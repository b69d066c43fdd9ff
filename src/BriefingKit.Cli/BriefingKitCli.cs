// Builds the command tree. Tests call RunAsync with their own writers instead of starting a process.
using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Cli.Commands;

namespace BriefingKit.Cli;

internal static class BriefingKitCli
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand("BriefingKit: turn press briefings, press conferences, readouts, hearings and meeting transcripts into briefing memos and issue matrices.");
        root.Subcommands.Add(ParseCommand.Create());
        root.Subcommands.Add(MemoCommand.Create());
        root.Subcommands.Add(MatrixCommand.Create());
        root.Subcommands.Add(TemplateCommand.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, new CliStreams(output, error));

    /// <summary>Parses and runs; every usage error (unknown option, bad value, unusable file) exits 2 before any work.</summary>
    public static async Task<int> RunAsync(string[] args, CliStreams streams)
    {
        CliStreams.Current = streams;
        var error = streams.Error;
        var result = CreateRootCommand().Parse(args);
        if (result.Errors.Count > 0 && !result.Tokens.Any(t => t.Value is "--help" or "-h" or "-?"))
        {
            foreach (var parseError in result.Errors.Select(e => e.Message).Distinct()) await error.WriteLineAsync("briefingkit: " + parseError).ConfigureAwait(false);
            await error.WriteLineAsync("Run 'briefingkit --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        // A bug must still end in one line a user can report, not a stack trace.
        var configuration = new InvocationConfiguration { Output = streams.Output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await result.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("briefingkit: cancelled; nothing written.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await error.WriteLineAsync($"briefingkit: internal error ({ex.GetType().Name}: {ex.Message}); nothing written. Please report it with the command line.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
