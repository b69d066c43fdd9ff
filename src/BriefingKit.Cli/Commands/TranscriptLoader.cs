// Reads one input file and reports any failure as "file:line: reason" on stderr,
// never a stack trace, so one bad file does not stop the others.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BriefingKit.Cli.Inputs;
using BriefingKit.Json;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Commands;

internal static class TranscriptLoader
{
    /// <summary>
    /// Every transcript named by <paramref name="inputs"/> (files and folders). A model JSON array
    /// (what <c>briefingkit parse</c> prints for several inputs) gives all its transcripts, so a
    /// week parsed once can be turned into a memo or matrix without parsing again.
    /// </summary>
    /// <returns>The transcripts read, and how many inputs failed (each already reported on <paramref name="error"/>).</returns>
    public static async Task<(IReadOnlyList<Transcript> Transcripts, int Failed)> LoadAllAsync(
        BriefingPipeline pipeline, IEnumerable<string> inputs, TranscriptFormat? format, TextWriter error, CancellationToken ct)
    {
        var (files, missing) = InputFiles.Expand(inputs);
        var failed = missing.Count;
        foreach (var name in missing) await error.WriteLineAsync($"briefingkit: {name}: no such file or folder").ConfigureAwait(false);

        var transcripts = new List<Transcript>();
        foreach (var file in files)
        {
            if (format is null or TranscriptFormat.BriefingKitJson && TryReadModelArray(file) is { } many)
            {
                transcripts.AddRange(many);
                continue;
            }
            var transcript = await TryLoadAsync(pipeline, file, format, error, ct).ConfigureAwait(false);
            if (transcript is null) failed++;
            else transcripts.Add(transcript);
        }
        return (transcripts, failed);
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
            var many = TranscriptJson.DeserializeMany(File.ReadAllText(file));
            return many.Count > 1 ? many : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or TranscriptFormatException or NotSupportedException)
        {
            return null;
        }
    }

    public static async Task<Transcript?> TryLoadAsync(BriefingPipeline pipeline, string file, TranscriptFormat? format, TextWriter error, CancellationToken ct)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            var transcript = await pipeline.ParseAsync(stream, file, format, ct).ConfigureAwait(false);
            foreach (var diagnostic in transcript.Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Info) continue;
                var where = diagnostic.Line > 0 ? $"{file}:{diagnostic.Line}" : file;
                await error.WriteLineAsync($"briefingkit: {where}: {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Message}").ConfigureAwait(false);
            }
            return transcript;
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
