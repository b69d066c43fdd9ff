// Reads one input file and reports any failure as "file:line: reason" on stderr,
// never a stack trace, so one bad file does not stop the others.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BriefingKit.Cli.Inputs;
using BriefingKit.Json;
using BriefingKit.Reading;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Commands;

internal static class TranscriptLoader
{
    /// <summary>
    /// Every transcript named by <paramref name="inputs"/> (files and folders). A model JSON array
    /// (what <c>briefingkit parse</c> prints for several inputs) gives all its transcripts, so a
    /// week parsed once can be turned into a memo or matrix without parsing again. An input given
    /// twice (the same file, or the same text under another name) is read once, with one warning
    /// naming both (<see cref="DuplicateInputs"/>), so every command counts inputs the same way.
    /// </summary>
    /// <returns>
    /// The transcripts read, how many inputs failed (each already reported on <paramref name="error"/>),
    /// and how many were duplicates left out.
    /// </returns>
    public static async Task<LoadedInputs> LoadAllAsync(
        InputPipeline pipeline, IEnumerable<string> inputs, TranscriptFormat? format, TextWriter error, CancellationToken ct)
    {
        var (files, missing) = InputFiles.Expand(inputs);
        var failed = missing.Count;
        foreach (var name in missing) await error.WriteLineAsync($"briefingkit: {name}: no such file or folder").ConfigureAwait(false);

        var duplicates = new DuplicateInputs();
        var transcripts = new List<Transcript>();
        foreach (var file in files)
        {
            if (duplicates.SameFileAs(file) is { } sameFile)
            {
                await error.WriteLineAsync(DuplicateInputs.Warning(file, sameFile, sameFile: true)).ConfigureAwait(false);
                continue;
            }
            if (format is null or TranscriptFormat.BriefingKitJson && TryReadModelArray(file) is { } many)
            {
                for (var i = 0; i < many.Count; i++)
                {
                    var name = $"{file} [{i + 1}: {many[i].Source ?? many[i].Title}]";
                    if (duplicates.SameTextAs(many[i], name) is { } sameText) await error.WriteLineAsync(DuplicateInputs.Warning(name, sameText, sameFile: false)).ConfigureAwait(false);
                    else transcripts.Add(many[i]);
                }
                continue;
            }
            var transcript = await TryLoadAsync(pipeline, file, format, error, ct).ConfigureAwait(false);
            if (transcript is null)
            {
                failed++;
                continue;
            }
            if (duplicates.SameTextAs(transcript, file) is { } same)
            {
                await error.WriteLineAsync(DuplicateInputs.Warning(file, same, sameFile: false)).ConfigureAwait(false);
                continue;
            }
            await ReportDiagnosticsAsync(transcript, file, error).ConfigureAwait(false);
            transcripts.Add(transcript);
        }
        return new LoadedInputs(transcripts, failed, duplicates.Count);
    }

    // A .json file whose first character is '[' and whose items are BriefingKit transcripts.
    // Anything else (a Whisper array, broken JSON) goes to the pipeline, which reports it properly.
    private static IReadOnlyList<Transcript>? TryReadModelArray(string file)
    {
        if (!string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            using (var reader = new StreamReader(file))
            {
                int c;
                while ((c = reader.Peek()) >= 0 && (char.IsWhiteSpace((char)c) || c == 0xFEFF)) reader.Read();
                if (c != '[') return null;
            }
            IReadOnlyList<Transcript> many;
            using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920)) many = TranscriptJson.DeserializeMany(stream);
            return many.Count > 1 ? many : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or TranscriptFormatException or NotSupportedException)
        {
            return null;
        }
    }

    // The reader's warnings, once the input is known not to be a duplicate (whose warnings would repeat the first's).
    private static async Task ReportDiagnosticsAsync(Transcript transcript, string file, TextWriter error)
    {
        foreach (var diagnostic in transcript.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info) continue;
            var where = diagnostic.Line > 0 ? $"{file}:{diagnostic.Line}" : file;
            await error.WriteLineAsync($"briefingkit: {where}: {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>One input parsed, or null after reporting why it cannot be read on <paramref name="error"/>.</summary>
    private static async Task<Transcript?> TryLoadAsync(InputPipeline pipeline, string file, TranscriptFormat? format, TextWriter error, CancellationToken ct)
    {
        try
        {
            if (format is null or TranscriptFormat.BriefingKitJson && pipeline.MayBeModelJson(file))
            {
                // Model JSON needs no analysis (and so no analyzers); anything else goes to the full pipeline, read once.
                var input = new TranscriptInput(await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false), file);
                return pipeline.IsModelJson(input)
                    ? pipeline.ModelJson.Parse(input, TranscriptFormat.BriefingKitJson, ct)
                    : pipeline.Full.Parse(input, format, ct);
            }
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            return await pipeline.Full.ParseAsync(stream, file, format, ct).ConfigureAwait(false);
        }
        catch (TranscriptFormatException ex)
        {
            await error.WriteLineAsync("briefingkit: " + ex.Message).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await error.WriteLineAsync($"briefingkit: {file}: cannot read: {ex.Message}").ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException ex)
        {
            await error.WriteLineAsync($"briefingkit: {file}: cannot read: {ex.Message}").ConfigureAwait(false);
        }
        return null;
    }
}

/// <summary>What <see cref="TranscriptLoader.LoadAllAsync"/> read: the transcripts, how many inputs failed, how many were duplicates.</summary>
internal sealed record LoadedInputs(IReadOnlyList<Transcript> Transcripts, int Failed, int Duplicates);
