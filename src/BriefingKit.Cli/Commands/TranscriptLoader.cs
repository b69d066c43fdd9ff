// Reads one input file and reports any failure as "file:line: reason" on stderr,
// never a stack trace, so one bad file does not stop the others.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Commands;

internal static class TranscriptLoader
{
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
