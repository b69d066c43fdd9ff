// briefingkit matrix IN…|DIR -o matrix.xlsx [--week 2021-W15] [--update old.xlsx]: the weekly
// issue matrix. Inputs are read independently (a bad one is reported as file:line: reason and
// the rest still go in); inputs without a date belong to no week and are left out with a warning,
// unless --date gives them one. A --week no input falls in is an error, like inputs with no date.
using System;
using BriefingKit.Cli.Inputs;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Cli.Options;
using BriefingKit.Cli.Output;
using BriefingKit.Excel;

namespace BriefingKit.Cli.Commands;

internal static class MatrixCommand
{
    public static Command Create()
    {
        var shared = new InputOptions("Transcript files or folders, or model JSON from 'briefingkit parse'.");
        var output = SharedOptions.Output("The workbook to write (.xlsx).", "matrix.xlsx", required: true);
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
        SharedOptions.ExistingFile(update, "a workbook (.xlsx)");
        var title = new Option<string?>("--title") { Description = "The heading above the matrix (default \"Issue matrix\")." };
        var date = SharedOptions.Date("The date of inputs that carry none (captions, meeting recordings), so they join that date's week. Without it they are left out of the matrix with a warning.");

        var command = new Command("matrix", "Write the weekly Excel issue matrix (issues × actors) with Positions, Quotes, Commitments, Sources and History sheets.")
        {
            output, week, update, title, date,
        };
        shared.AddTo(command);
        command.SetAction(async (result, ct) =>
        {
            var error = result.InvocationConfiguration.Error;
            var outputFile = result.GetValue(output)!;
            var expanded = InputFiles.Expand(shared.InputNames(result));
            if (!await OutputCommand.CheckNotAnInputAsync(outputFile, expanded.Files, error).ConfigureAwait(false)) return ExitCodes.UsageError;
            if (await shared.TryCreatePipelineAsync(result, error).ConfigureAwait(false) is not { } pipeline) return ExitCodes.UsageError;
            var options = new MatrixOptions { Week = result.GetValue(week) };
            if (!string.IsNullOrWhiteSpace(result.GetValue(title))) options.Title = result.GetValue(title)!;
            return await RunAsync(shared.CreateLoader(result, pipeline, error), expanded, outputFile,
                result.GetValue(update), result.GetValue(date), options, result.InvocationConfiguration.Output, error, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        TranscriptLoader loader, ExpandedInputs inputs, string outputFile, FileInfo? updateFile,
        DateTime? undatedOn, MatrixOptions options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        // The transcripts go to the writer one at a time as they are read (it keeps their rows, not the models);
        // what the user is told about them is gathered meanwhile and said, in the same order as ever, once all are read.
        var tally = new LoadTally();
        var dated = new DatedInputs(loader, inputs, tally, undatedOn, options.Week);
        // The workbook waits in a temporary file (deleted when closed, however the command ends) until the inputs are
        // reported: a year's workbook is megabytes, and memory should not grow with the inputs.
        using var buffer = new FileStream(Path.Combine(Path.GetTempPath(), "briefingkit-" + Guid.NewGuid().ToString("N") + ".xlsx"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        var writer = MatrixWriters.Default;
        Exception? updateFailure = null;
        try
        {
            if (updateFile is null) await writer.WriteStreamedAsync(dated.ReadAsync(ct), buffer, options, ct).ConfigureAwait(false);
            else
            {
                using var old = new FileStream(updateFile.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
                await writer.UpdateStreamedAsync(old, dated.ReadAsync(ct), buffer, options, ct).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            // The workbook to update is named by an option and cannot be used: like a bad template, nothing is written,
            // but the inputs are still read and reported first, as they always were.
            updateFailure = ex;
            if (!dated.Read) await foreach (var _ in dated.ReadAsync(ct).ConfigureAwait(false)) { }
        }

        if (tally.Transcripts == 0 && updateFile is null)
        {
            await error.WriteLineAsync("briefingkit: no input could be read; nothing written.").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        foreach (var warning in dated.Warnings) await error.WriteLineAsync(warning).ConfigureAwait(false);
        if (dated.Dated == 0 && updateFile is null)
        {
            await error.WriteLineAsync("briefingkit: no input has a date, so there is no week to put in a matrix; nothing written.").ConfigureAwait(false);
            return ExitCodes.InputRejected;
        }
        if (options.Week is { } only && dated.Kept == 0)
        {
            var message = $"no input is dated in {only} (the inputs are of {string.Join(", ", dated.WeeksRead)})";
            if (updateFile is null)
            {
                await error.WriteLineAsync($"briefingkit: {message}; nothing written.").ConfigureAwait(false);
                return ExitCodes.InputRejected;
            }
            await error.WriteLineAsync($"briefingkit: warning: {message}.").ConfigureAwait(false);
        }
        if (updateFailure is not null)
        {
            loader.ClearProgress();
            await error.WriteLineAsync($"briefingkit: --update: {updateFile?.FullName}: cannot update: {updateFailure.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }

        var written = await OutputCommand.TryWriteAsync(outputFile, stream =>
        {
            buffer.Position = 0;
            buffer.CopyTo(stream);
        }, error).ConfigureAwait(false);
        loader.ClearProgress();
        if (!written) return ExitCodes.UsageError;
        await OutputTarget.ReportWriter(outputFile, output, error).WriteLineAsync($"Wrote {OutputTarget.Display(outputFile)}: {dated.Kept} input(s), week(s) {(dated.KeptWeeks.Count == 0 ? "none" : string.Join(", ", dated.KeptWeeks))}{DuplicateInputs.Summary(tally.Duplicates)}.").ConfigureAwait(false);
        return tally.Failed > 0 ? ExitCodes.InputRejected : ExitCodes.Success;
    }
}
