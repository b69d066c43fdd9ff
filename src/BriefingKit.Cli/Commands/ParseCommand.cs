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
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Transcript files or folders (.txt, .md, .vtt, .srt, .docx, .json).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var maxSize = CommonOptions.MaxSize();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the JSON to this file instead of standard output." };
        var people = CommonOptions.DataFile("--people", "A people list (like templates/people.json) added to the built-in one.");
        var actors = CommonOptions.DataFile("--actors", "An actor list (like templates/actors.json) added to the built-in one.");
        var taxonomy = CommonOptions.DataFile("--taxonomy", "An issue taxonomy (like templates/taxonomy.json) merged over the built-in one.");

        var command = new Command("parse", "Read transcripts and print the typed model as JSON (an array when there are several).")
        {
            inputs, format, maxSize, output, people, actors, taxonomy,
        };
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            BriefingPipeline pipeline;
            try
            {
                pipeline = Pipelines.Create(result.GetValue(maxSize), result.GetValue(people), result.GetValue(actors), result.GetValue(taxonomy));
            }
            catch (TranscriptFormatException ex)
            {
                await error.WriteLineAsync("briefingkit: " + ex.Message).ConfigureAwait(false);
                return ExitCodes.UsageError;
            }
            return await RunAsync(pipeline, result.GetValue(inputs) ?? Array.Empty<string>(), result.GetValue(format), result.GetValue(output),
                result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        BriefingPipeline pipeline, string[] inputs, TranscriptFormat? format, FileInfo? outputFile, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (transcripts, failed) = await TranscriptLoader.LoadAllAsync(pipeline, inputs, format, error, ct).ConfigureAwait(false);

        if (transcripts.Count > 0)
        {
            var json = transcripts.Count + failed > 1 ? TranscriptJson.Serialize(transcripts) : TranscriptJson.Serialize(transcripts[0]);
            if (outputFile is null) await output.WriteLineAsync(json).ConfigureAwait(false);
            else SafeFile.WriteAllText(outputFile.FullName, json + Environment.NewLine);
        }
        return failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
