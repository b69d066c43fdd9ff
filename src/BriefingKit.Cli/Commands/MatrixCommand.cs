// briefingkit matrix IN…|DIR -o matrix.xlsx [--week 2021-W15] [--update old.xlsx]: the weekly
// issue matrix. Inputs are read independently (a bad one is reported as file:line: reason and
// the rest still go in); inputs without a date belong to no week and are left out with a warning,
// unless --date gives them one. A --week no input falls in is an error, like inputs with no date.
using System;
using BriefingKit.Cli.Inputs;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Excel;

namespace BriefingKit.Cli.Commands;

internal static class MatrixCommand
{
    public static Command Create()
    {
        var shared = new InputOptions("Transcript files or folders, or model JSON from 'briefingkit parse'.");
        var output = new Option<FileInfo>("--output", "-o") { Description = "The workbook to write (.xlsx).", Required = true, HelpName = "matrix.xlsx" };
        var week = new Option<IsoWeek?>("--week", "-w")
        {
            Description = "Keep only inputs of this ISO week and show it on the Matrix sheet (e.g. 2021-W15). Default: every week goes to History and Positions, the latest is the Matrix.",
            HelpName = "yyyy-Www",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (IsoWeek.TryParse(text, out var value)) return value;
                result.AddError($"--week: '{text}' is not an ISO week; write it like 2021-W15 (year, W, week 1-52 or 53).");
                return null;
            },
        };
        var update = new Option<FileInfo>("--update", "-u")
        {
            Description = "Last week's workbook: its rows, History and everything typed by hand are kept, and the new week is added.",
            HelpName = "old.xlsx",
        };
        update.AcceptExistingOnly();
        var title = new Option<string?>("--title") { Description = "The heading above the matrix (default \"Issue matrix\")." };
        var date = new Option<DateTime?>("--date")
        {
            Description = "The date of inputs that carry none (captions, meeting recordings), so they join that date's week. Without it they are left out of the matrix with a warning.",
            HelpName = "yyyy-mm-dd",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (DateTime.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var value)) return value;
                result.AddError($"--date: '{text}' is not a date; write it like 2021-04-15 (year-month-day).");
                return null;
            },
        };

        var command = new Command("matrix", "Write the weekly Excel issue matrix (issues × actors) with Positions, Quotes, Commitments, Sources and History sheets.")
        {
            output, week, update, title, date,
        };
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (await shared.TryCreatePipelineAsync(result, error).ConfigureAwait(false) is not { } pipeline) return ExitCodes.UsageError;
            var options = new MatrixOptions { Week = result.GetValue(week) };
            if (!string.IsNullOrWhiteSpace(result.GetValue(title))) options.Title = result.GetValue(title)!;
            return await RunAsync(pipeline, shared.InputNames(result), result.GetValue(shared.Format), result.GetValue(output)!,
                result.GetValue(update), result.GetValue(date), options, result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        InputPipeline pipeline, string[] inputs, TranscriptFormat? format, FileInfo outputFile, FileInfo? updateFile,
        DateTime? undatedOn, MatrixOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var (transcripts, failed, duplicates) = await TranscriptLoader.LoadAllAsync(pipeline, inputs, format, error, ct).ConfigureAwait(false);
        if (transcripts.Count == 0 && updateFile is null)
        {
            await error.WriteLineAsync("briefingkit: no input could be read; nothing written.").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }

        var dated = new List<Transcript>();
        foreach (var transcript in transcripts)
        {
            if (transcript.Date is not null) dated.Add(transcript);
            else if (undatedOn is { } day) dated.Add(transcript with { Date = day });
            else
                await error.WriteLineAsync($"briefingkit: {transcript.Source}: warning: no date, so it belongs to no week and is left out of the matrix (give this run --date yyyy-mm-dd, or give the file a date: 'date:' in its front matter or a dateline).").ConfigureAwait(false);
        }
        if (dated.Count == 0 && updateFile is null)
        {
            await error.WriteLineAsync("briefingkit: no input has a date, so there is no week to put in a matrix; nothing written.").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        var kept = dated.Select(t => IsoWeek.FromDate(t.Date!.Value)).Where(w => options.Week is null || w == options.Week).ToList();
        if (options.Week is { } only && kept.Count == 0)
        {
            var weeksRead = dated.Select(t => IsoWeek.FromDate(t.Date!.Value)).Distinct().OrderBy(w => w).ToList();
            var message = $"no input is dated in {only} (the inputs are of {string.Join(", ", weeksRead)})";
            if (updateFile is null)
            {
                await error.WriteLineAsync($"briefingkit: {message}; nothing written.").ConfigureAwait(false);
                return ExitCodes.InputRejected;
            }
            await error.WriteLineAsync($"briefingkit: warning: {message}.").ConfigureAwait(false);
        }

        var buffer = new MemoryStream();
        var writer = MatrixWriters.Default;
        try
        {
            if (updateFile is null) await writer.WriteAsync(dated, buffer, options, ct).ConfigureAwait(false);
            else
            {
                using var old = new FileStream(updateFile.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
                await writer.UpdateAsync(old, dated, buffer, options, ct).ConfigureAwait(false);
            }
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync($"briefingkit: {updateFile?.FullName}: cannot update: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"briefingkit: {updateFile?.FullName}: cannot read: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }

        try
        {
            SafeFile.Write(outputFile.FullName, stream =>
            {
                buffer.Position = 0;
                buffer.CopyTo(stream);
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"briefingkit: {outputFile.FullName}: cannot write: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        var weeks = kept.Distinct().OrderBy(w => w).ToList();
        await output.WriteLineAsync($"Wrote {outputFile.FullName}: {kept.Count} input(s), week(s) {(weeks.Count == 0 ? "none" : string.Join(", ", weeks))}{DuplicateInputs.Summary(duplicates)}.").ConfigureAwait(false);
        return failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
