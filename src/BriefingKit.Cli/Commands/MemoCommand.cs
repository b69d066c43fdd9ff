// briefingkit memo IN… -o memo.docx [--to --from --subject --classification --date --template --paper]:
// one Word briefing memo covering every input. Bad inputs are reported (file:line: reason)
// and the others still make the memo (exit 1); the file is written to a temporary name and
// moved into place, so a failure leaves nothing behind.
using System;
using BriefingKit.Cli.Inputs;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Word;

namespace BriefingKit.Cli.Commands;

internal static class MemoCommand
{
    public static Command Create()
    {
        var shared = new InputOptions("Transcript files or folders (.txt, .md, .vtt, .srt, .docx, .json, including model JSON from 'parse').");
        var output = new Option<FileInfo>("--output", "-o") { Description = "The .docx to write.", Required = true, HelpName = "memo.docx" };
        var to = new Option<string?>("--to") { Description = "The TO line (default: Principal)." };
        var from = new Option<string?>("--from") { Description = "The FROM line and document author (default: Policy analysis)." };
        var subject = new Option<string?>("--subject") { Description = "The SUBJECT line and document title (default: from the titles)." };
        var classification = new Option<string?>("--classification") { Description = "A marking shown top and bottom and in the header and footer (default: none)." };
        var date = new Option<DateTime?>("--date")
        {
            Description = "The memo date, yyyy-MM-dd (default: the latest transcript date).",
            HelpName = "yyyy-MM-dd",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return value;
                result.AddError($"'{text}' is not a date; write it as yyyy-MM-dd.");
                return null;
            },
        };
        var template = new Option<FileInfo>("--template", "-t") { Description = "A .dotx or .docx whose styles, page set-up, header and footer the memo takes; bk:* content controls are filled.", HelpName = "file.dotx" };
        template.AcceptExistingOnly();
        var paper = new Option<PaperSize>("--paper") { Description = "Paper size without a template: Letter, A4 or Legal.", DefaultValueFactory = _ => PaperSize.Letter };

        var command = new Command("memo", "Write a Word briefing memo covering every input.")
        {
            output, to, from, subject, classification, date, template, paper,
        };
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (await shared.TryCreatePipelineAsync(result, error).ConfigureAwait(false) is not { } pipeline) return ExitCodes.UsageError;
            var options = new MemoOptions
            {
                To = result.GetValue(to),
                From = result.GetValue(from),
                Author = result.GetValue(from),
                Subject = result.GetValue(subject),
                Classification = result.GetValue(classification),
                Date = result.GetValue(date),
                TemplatePath = result.GetValue(template)?.FullName,
                PaperSize = result.GetValue(paper),
            };
            return await RunAsync(pipeline, shared.InputNames(result), result.GetValue(shared.Format), result.GetValue(output)!, options,
                result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        InputPipeline pipeline, string[] inputs, TranscriptFormat? format, FileInfo outputFile, MemoOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (transcripts, failed, duplicates) = await TranscriptLoader.LoadAllAsync(pipeline, inputs, format, error, ct).ConfigureAwait(false);
        if (transcripts.Count == 0)
        {
            await error.WriteLineAsync("briefingkit: no input could be read; no memo written.").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        try
        {
            SafeFile.Write(outputFile.FullName, stream => MemoWriters.Default.WriteAsync(transcripts, stream, options, ct).GetAwaiter().GetResult());
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync("briefingkit: " + ex.Message).ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"briefingkit: {outputFile.FullName}: cannot write: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"briefingkit: {outputFile.FullName}: cannot write: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        await output.WriteLineAsync($"Wrote {outputFile.FullName} ({transcripts.Count} source{(transcripts.Count == 1 ? string.Empty : "s")}{DuplicateInputs.Summary(duplicates)}).").ConfigureAwait(false);
        return failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
