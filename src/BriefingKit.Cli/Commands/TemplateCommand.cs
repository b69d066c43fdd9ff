// briefingkit template -o memo-template.dotx [--paper A4]: writes the built-in memo template,
// the starting point for a house template (templates/memo-template.dotx is its output).
using System.CommandLine;
using BriefingKit.Cli.Options;
using BriefingKit.Cli.Output;
using BriefingKit.Word;

namespace BriefingKit.Cli.Commands;

internal static class TemplateCommand
{
    public static Command Create()
    {
        var output = SharedOptions.Output("The .dotx to write.", "memo-template.dotx", required: true);
        var paper = SharedOptions.Paper("Paper size: Letter, A4 or Legal.");
        var command = new Command("template", "Write the built-in memo template (.dotx) to start a house template from.") { output, paper };
        command.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(output)!;
            var error = result.InvocationConfiguration.Error;
            if (!await OutputCommand.TryWriteAsync(file, stream => MemoTemplate.Write(stream, result.GetValue(paper)), error).ConfigureAwait(false)) return ExitCodes.UsageError;
            await OutputTarget.ReportWriter(file, result.InvocationConfiguration.Output, error).WriteLineAsync("Wrote " + OutputTarget.Display(file)).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
