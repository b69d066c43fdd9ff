// briefingkit parse FILE… [--format F] [--max-size SIZE] [-o out.json]: prints the model JSON
// (an array for several inputs). Each input is read independently; a bad one is reported on
// stderr with file, line and reason and the rest are still printed.
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
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
        var tally = new LoadTally();
        var transcripts = loader.ReadAsync(inputs, tally, ct).GetAsyncEnumerator(ct);
        try
        {
            // Nothing is written when no input can be read, so the first transcript is awaited before the output is opened.
            if (!await transcripts.MoveNextAsync().ConfigureAwait(false)) return tally.Failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
            var first = transcripts.Current;
            if (outputFile is null || OutputTarget.IsStandardOutput(outputFile))
            {
                await WriteJsonAsync(first, transcripts, tally, bytes => output.WriteAsync(Encoding.UTF8.GetString(bytes.Span)), ct).ConfigureAwait(false);
                await output.WriteLineAsync().ConfigureAwait(false);
            }
            else if (!await OutputCommand.TryWriteAsync(outputFile, async stream =>
                {
                    await WriteJsonAsync(first, transcripts, tally, bytes => stream.WriteAsync(bytes, ct).AsTask(), ct).ConfigureAwait(false);
                    await stream.WriteAsync(Encoding.UTF8.GetBytes(Environment.NewLine), ct).ConfigureAwait(false);
                }, error).ConfigureAwait(false)) return ExitCodes.UsageError;
        }
        finally
        {
            await transcripts.DisposeAsync().ConfigureAwait(false);
        }
        return tally.Failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }

    /// <summary>
    /// Writes the model JSON as the transcripts arrive, each passed on to <paramref name="write"/> as soon as it is
    /// written (none is held for the end): an array when more than one input was named, duplicates and failures
    /// included, so the shape follows the command line; else the one transcript. The UTF-8 bytes are exactly those of what
    /// <see cref="TranscriptJson.Serialize(IEnumerable{Transcript})"/> or <see cref="TranscriptJson.Serialize(Transcript)"/> return.
    /// </summary>
    internal static async Task WriteJsonAsync(Transcript first, IAsyncEnumerator<Transcript> rest, LoadTally tally, Func<ReadOnlyMemory<byte>, Task> write, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(1 << 16);
        using var json = new Utf8JsonWriter(buffer, TranscriptJson.WriterOptions);
        async Task FlushAsync()
        {
            json.Flush();
            // Flushed after whole values only, so no character is split between two pieces. A file gets the
            // bytes as they are (a 50 MB transcript's model is over 100 MB of JSON: no string copy of it).
            await write(buffer.WrittenMemory).ConfigureAwait(false);
            buffer.Clear();
        }

        // The shape is known once a second input is counted (a transcript, a failure or a duplicate) or the inputs end.
        var more = await rest.MoveNextAsync().ConfigureAwait(false);
        if (!more && tally.Inputs <= 1)
        {
            TranscriptJson.Write(json, first);
            await FlushAsync().ConfigureAwait(false);
            return;
        }
        json.WriteStartArray();
        TranscriptJson.Write(json, first);
        await FlushAsync().ConfigureAwait(false);
        while (more)
        {
            ct.ThrowIfCancellationRequested();
            TranscriptJson.Write(json, rest.Current);
            await FlushAsync().ConfigureAwait(false);
            more = await rest.MoveNextAsync().ConfigureAwait(false);
        }
        json.WriteEndArray();
        await FlushAsync().ConfigureAwait(false);
    }
}
