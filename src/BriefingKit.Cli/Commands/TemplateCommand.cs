// briefingkit template -o memo-template.dotx [--paper A4]: writes the built-in memo template,
// the starting point for a house template (templates/memo-template.dotx is its output).
using System.CommandLine;
using System.IO;
using BriefingKit.Word;

namespace BriefingKit.Cli.Commands;

internal static class TemplateCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output", "-o") { Description = "The .dotx to write.", Required = true, HelpName = "memo-template.dotx" };
        var paper = new Option<PaperSize>("--paper") { Description = "Paper size: Letter, A4 or Legal.", DefaultValueFactory = _ => PaperSize.Letter };
        var command = new Command("template", "Write the built-in memo template (.dotx) to start a house template from.") { output, paper };
        command.SetAction(async (result, ct) =>
        {
            var file = result.GetValue(output)!;
            try
            {
                SafeFile.Write(file.FullName, stream => MemoTemplate.Write(stream, result.GetValue(paper)));
            }
            catch (IOException ex)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"briefingkit: {file.FullName}: cannot write: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            await result.InvocationConfiguration.Output.WriteLineAsync("Wrote " + file.FullName).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
