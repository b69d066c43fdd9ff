// briefingkit memo IN… -o memo.docx [--to --from --subject --classification --date --template --paper]:
// one Word briefing memo covering every input. Bad inputs are reported (file:line: reason)
// and the others still make the memo (exit 1); the file is written to a temporary name and
// moved into place, so a failure leaves nothing behind.
using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Analysis;
using BriefingKit.Cli.Inputs;
using BriefingKit.Cli.Options;
using BriefingKit.Cli.Output;
using BriefingKit.Word;

namespace BriefingKit.Cli.Commands;

internal static class MemoCommand
{
    public static Command Create()
    {
        var shared = new InputOptions("Transcript files or folders (.txt, .md, .vtt, .srt, .docx, .json, including model JSON from 'parse').");
        var output = SharedOptions.Output("The .docx to write.", "memo.docx", required: true);
        var to = new Option<string?>("--to") { Description = "The TO line (default: Principal)." };
        var from = new Option<string?>("--from") { Description = "The FROM line and document author (default: Policy analysis)." };
        var subject = new Option<string?>("--subject") { Description = "The SUBJECT line and document title (default: from the titles)." };
        var classification = new Option<string?>("--classification") { Description = "A marking shown top and bottom and in the header and footer (default: none)." };
        var date = SharedOptions.Date("The memo date (default: the latest transcript date).");
        var template = SharedOptions.Template();
        var paper = SharedOptions.Paper("Paper size without a template: Letter, A4 or Legal.");

        var command = new Command("memo", "Write a Word briefing memo covering every input.")
        {
            output, to, from, subject, classification, date, template, paper,
        };
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var outputFile = result.GetValue(output)!;
            var templateFile = result.GetValue(template);
            var expanded = InputFiles.Expand(shared.InputNames(result));
            var inputs = templateFile is null ? expanded.Files : expanded.Files.Append(templateFile.FullName);
            if (!await OutputCommand.CheckNotAnInputAsync(outputFile, inputs, error).ConfigureAwait(false)) return ExitCodes.UsageError;
            if (await shared.TryCreatePipelineAsync(result, error).ConfigureAwait(false) is not { } pipeline) return ExitCodes.UsageError;

            var options = new MemoOptions
            {
                To = result.GetValue(to),
                From = result.GetValue(from),
                Author = result.GetValue(from),
                Subject = result.GetValue(subject),
                Classification = result.GetValue(classification),
                Date = result.GetValue(date),
                PaperSize = result.GetValue(paper),
            };
            if (templateFile is not null)
            {
                // Read now, so a template that cannot be read is blamed by name before any input is read.
                try
                {
                    options.Template = new MemoryStream(await File.ReadAllBytesAsync(templateFile.FullName, ct).ConfigureAwait(false), writable: false);
                    options.TemplatePath = templateFile.FullName;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    await error.WriteLineAsync($"briefingkit: --template: {templateFile.FullName}: cannot read: {ex.Message}").ConfigureAwait(false);
                    return ExitCodes.UsageError;
                }
            }
            return await RunAsync(shared.CreateLoader(result, pipeline, error), expanded, outputFile, options,
                result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        TranscriptLoader loader, ExpandedInputs inputs, string outputFile, MemoOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        // The memo looks its actors and issues up in the built-in gazetteer and taxonomy (MemoOptions' defaults),
        // whose phrase tries take longer to build than a model JSON takes to read: both are built, one per thread,
        // while the inputs are read.
        _ = Task.Run(() => ActorDirectory.Default, ct);
        _ = Task.Run(() => IssueTaxonomy.Default, ct);
        var (transcripts, failed, duplicates) = await loader.LoadAllAsync(inputs, ct).ConfigureAwait(false);
        if (transcripts.Count == 0)
        {
            await error.WriteLineAsync("briefingkit: no input could be read; no memo written.").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        loader.Report($"writing the memo from {transcripts.Count} sources");
        var written = await OutputCommand.TryWriteAsync(outputFile, stream => MemoWriters.Default.WriteAsync(transcripts, stream, options, ct).GetAwaiter().GetResult(), error).ConfigureAwait(false);
        loader.ClearProgress();
        if (!written) return ExitCodes.UsageError;
        await OutputTarget.ReportWriter(outputFile, output, error)
            .WriteLineAsync($"Wrote {OutputTarget.Display(outputFile)} ({transcripts.Count} source{(transcripts.Count == 1 ? string.Empty : "s")}{DuplicateInputs.Summary(duplicates)}).").ConfigureAwait(false);
        return failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
