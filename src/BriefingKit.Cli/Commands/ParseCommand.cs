// briefingkit parse FILE… [--format F] [--max-size SIZE] [-o out.json]: prints the model JSON
// (an array for several inputs). Each input is read independently; a bad one is reported on
// stderr with file, line and reason and the rest are still printed.
using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Cli.Inputs;
using BriefingKit.Cli.Options;
using BriefingKit.Cli.Output;
using BriefingKit.Json;

namespace BriefingKit.Cli.Commands;

internal static class ParseCommand
{
    public static Command Create()
    {
        var shared = new InputOptions("Transcript files or folders (.txt, .md, .vtt, .srt, .docx, .json).");
        var output = SharedOptions.Output("Write the JSON to this file instead of standard output.", "out.json", required: false);

        var command = new Command("parse", "Read transcripts and print the typed model as JSON (an array when there are several).") { output };
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var expanded = InputFiles.Expand(shared.InputNames(result));
            var outputFile = result.GetValue(output);
            if (outputFile is not null && !await OutputCommand.CheckNotAnInputAsync(outputFile, expanded.Files, error).ConfigureAwait(false)) return ExitCodes.UsageError;
            if (await shared.TryCreatePipelineAsync(result, error).ConfigureAwait(false) is not { } pipeline) return ExitCodes.UsageError;
            return await RunAsync(shared.CreateLoader(result, pipeline, error), expanded, outputFile, result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(TranscriptLoader loader, ExpandedInputs inputs, string? outputFile, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (transcripts, failed, duplicates) = await loader.LoadAllAsync(inputs, ct).ConfigureAwait(false);

        if (transcripts.Count > 0)
        {
            // An array when more than one input was named, duplicates and failures included, so the shape follows the command line.
            var json = transcripts.Count + failed + duplicates > 1 ? TranscriptJson.Serialize(transcripts) : TranscriptJson.Serialize(transcripts[0]);
            if (outputFile is null || OutputTarget.IsStandardOutput(outputFile)) await output.WriteLineAsync(json).ConfigureAwait(false);
            else if (!await OutputCommand.TryWriteAsync(outputFile, stream =>
                {
                    using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 65536, leaveOpen: true);
                    writer.Write(json + Environment.NewLine);
                }, error).ConfigureAwait(false)) return ExitCodes.UsageError;
        }
        return failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
