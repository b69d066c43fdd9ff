// Builds the command tree. Tests call RunAsync with their own writers instead of starting a process.
using System.CommandLine;
using System.IO;
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

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var result = CreateRootCommand().Parse(args);
        if (result.Errors.Count > 0 && !System.Linq.Enumerable.Any(result.Tokens, t => t.Value is "--help" or "-h" or "-?"))
        {
            foreach (var parseError in result.Errors) await error.WriteLineAsync("briefingkit: " + parseError.Message).ConfigureAwait(false);
            await error.WriteLineAsync("Run 'briefingkit --help' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await result.InvokeAsync(configuration).ConfigureAwait(false);
    }
}
