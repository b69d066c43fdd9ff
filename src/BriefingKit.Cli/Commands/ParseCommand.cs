// briefingkit parse FILE… [--format F] [--max-size SIZE]: prints the model JSON
// (an array for several inputs). Each input is read independently; a bad one is
// reported on stderr with file, line and reason and the rest are still printed.
using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Cli.Inputs;
using BriefingKit.Json;

namespace BriefingKit.Cli.Commands;

internal static class ParseCommand
{
    public static Command Create()
    {
        var shared = new InputOptions("Transcript files or folders (.txt, .md, .vtt, .srt, .docx, .json).");
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output." };

        var command = new Command("parse", "Read transcripts and print the typed model as JSON (an array when there are several).") { output };
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (await shared.TryCreatePipelineAsync(result, error).ConfigureAwait(false) is not { } pipeline) return ExitCodes.UsageError;
            return await RunAsync(pipeline, shared.InputNames(result), result.GetValue(shared.Format), result.GetValue(output),
                result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        InputPipeline pipeline, string[] inputs, TranscriptFormat? format, FileInfo? outputFile, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (transcripts, failed, duplicates) = await TranscriptLoader.LoadAllAsync(pipeline, inputs, format, error, ct).ConfigureAwait(false);

        if (transcripts.Count > 0)
        {
            // An array when more than one input was named, duplicates and failures included, so the shape follows the command line.
            var json = transcripts.Count + failed + duplicates > 1 ? TranscriptJson.Serialize(transcripts) : TranscriptJson.Serialize(transcripts[0]);
            if (outputFile is null) await output.WriteLineAsync(json).ConfigureAwait(false);
            else SafeFile.WriteAllText(outputFile.FullName, json + Environment.NewLine);
        }
        return failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
