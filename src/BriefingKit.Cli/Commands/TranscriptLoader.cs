// Reads the input files (and standard input, "-") and reports any failure as "file:line: reason"
// on stderr, never a stack trace, so one bad file does not stop the others.
using System;
using System.Collections.Generic;
using System.IO;
using BriefingKit.Cli.Inputs;
using BriefingKit.Cli.Output;
using BriefingKit.Reading;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Commands;

internal sealed class TranscriptLoader
{
    /// <summary>How standard input is named in messages.</summary>
    public const string StandardInputName = "<stdin>";

    private readonly InputPipeline _pipeline;
    private readonly TranscriptFormat? _format;
    private readonly long _maxBytes;
    private readonly TextWriter _error;
    private Progress _progress;

    public TranscriptLoader(InputPipeline pipeline, TranscriptFormat? format, long maxBytes, TextWriter error)
    {
        _pipeline = pipeline;
        _format = format;
        _maxBytes = maxBytes;
        _error = error;
        _progress = new Progress(error, false, 0);
    }

    /// <summary>
    /// Every transcript of the inputs named on the command line, already expanded (<see cref="InputFiles.Expand"/>:
    /// files, folders, "-"). A model JSON array
    /// (what <c>briefingkit parse</c> prints for several inputs) gives all its transcripts, each read and
    /// validated on its own, so a week parsed once can be turned into a memo or matrix without parsing
    /// again and a bad item costs only itself. An input given twice (the same file, or the same text under
    /// another name) is read once, with one warning naming both (<see cref="DuplicateInputs"/>), so every
    /// command counts inputs the same way.
    /// </summary>
    /// <returns>
    /// The transcripts read, how many inputs failed (each already reported on the error writer),
    /// and how many were duplicates left out.
    /// </returns>
    public async Task<LoadedInputs> LoadAllAsync(ExpandedInputs expanded, CancellationToken ct)
    {
        var failed = expanded.Missing.Count;
        foreach (var name in expanded.Missing) await SayAsync($"briefingkit: {name}: no such file or folder").ConfigureAwait(false);
        foreach (var name in expanded.OwnOutputs) await SayAsync(OwnOutputs.Note(name)).ConfigureAwait(false);

        _progress = new Progress(_error, CliStreams.Current.ErrorIsTerminal, expanded.Files.Count);
        var duplicates = new DuplicateInputs();
        var transcripts = new List<Transcript>();
        var done = 0;
        foreach (var file in expanded.Files)
        {
            ct.ThrowIfCancellationRequested();
            _progress.Report($"reading {++done}/{expanded.Files.Count} {Path.GetFileName(file)}");
            if (file != OutputTarget.StandardStream && duplicates.SameFileAs(file) is { } sameFile)
            {
                await SayAsync(DuplicateInputs.Warning(file, sameFile, sameFile: true)).ConfigureAwait(false);
                continue;
            }
            var name = file == OutputTarget.StandardStream ? StandardInputName : file;
            if (file != OutputTarget.StandardStream && IsOverLimit(file))
            {
                // The pipeline refuses it from its length, without reading it.
                var large = await TryParseAsync(name, 0, 0, async () =>
                {
                    using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
                    return await _pipeline.Full.ParseAsync(stream, name, _format, ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
                if (large is null) failed++;
                else await AddAsync(large, name, name, duplicates, transcripts).ConfigureAwait(false);
                continue;
            }
            byte[] bytes;
            try
            {
                bytes = await ReadAsync(file, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await SayAsync($"briefingkit: {name}: cannot read: {ex.Message}").ConfigureAwait(false);
                failed++;
                continue;
            }

            var items = _format is null or TranscriptFormat.BriefingKitJson && (file == OutputTarget.StandardStream || string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase))
                ? ModelArray.Split(bytes)
                : null;
            if (items is null)
            {
                var transcript = await TryParseAsync(name, 0, 0, () => Task.FromResult(Parse(new TranscriptInput(bytes, name), ct))).ConfigureAwait(false);
                if (transcript is null) failed++;
                else await AddAsync(transcript, name, name, duplicates, transcripts).ConfigureAwait(false);
                continue;
            }
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var input = new TranscriptInput(new ReadOnlyMemory<byte>(bytes, item.Offset, item.Length), name);
                var transcript = await TryParseAsync(name, i + 1, item.Line, () => Task.FromResult(Parse(input, ct))).ConfigureAwait(false);
                if (transcript is null) failed++;
                else await AddAsync(transcript, name, $"{name} [{i + 1}: {transcript.Source ?? transcript.Title}]", duplicates, transcripts).ConfigureAwait(false);
            }
        }
        _progress.Clear();
        return new LoadedInputs(transcripts, failed, duplicates.Count);
    }

    /// <summary>Shows progress of a later stage (writing) on the same line, when progress is shown.</summary>
    public void Report(string text) => _progress.Report(text);

    /// <summary>Clears the progress line.</summary>
    public void ClearProgress() => _progress.Clear();

    private async Task AddAsync(Transcript transcript, string file, string name, DuplicateInputs duplicates, List<Transcript> transcripts)
    {
        if (duplicates.SameTextAs(transcript, name) is { } same)
        {
            await SayAsync(DuplicateInputs.Warning(name, same, sameFile: false)).ConfigureAwait(false);
            return;
        }
        // The reader's warnings, once the input is known not to be a duplicate (whose warnings would repeat the first's).
        foreach (var diagnostic in transcript.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info) continue;
            var where = diagnostic.Line > 0 ? $"{file}:{diagnostic.Line}" : file;
            await SayAsync($"briefingkit: {where}: {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Message}").ConfigureAwait(false);
        }
        transcripts.Add(transcript);
    }

    private bool IsOverLimit(string file)
    {
        try
        {
            return new FileInfo(file).Length > _maxBytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Standard input is read to its end or to just over the limit, so the pipeline can say it is too large.
    private async Task<byte[]> ReadAsync(string file, CancellationToken ct)
    {
        if (file != OutputTarget.StandardStream) return await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false);
        using var stdin = CliStreams.Current.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stdin.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxBytes) break;
        }
        return buffer.ToArray();
    }

    // Model JSON (what `parse` wrote) is already analysed: read it with the JSON readers alone, so a run on
    // model JSON never builds the analyzers and loads their data.
    private Transcript Parse(TranscriptInput input, CancellationToken ct) =>
        _format is null or TranscriptFormat.BriefingKitJson && _pipeline.IsModelJson(input)
            ? _pipeline.ModelJson.Parse(input, TranscriptFormat.BriefingKitJson, ct)
            : _pipeline.Full.Parse(input, _format, ct);

    /// <summary>
    /// One input parsed, or null after reporting why it cannot be read. Item <paramref name="item"/> (1-based,
    /// 0 for a whole file) of a model array starts on <paramref name="firstLine"/>, so its lines are shifted to the file's.
    /// </summary>
    private async Task<Transcript?> TryParseAsync(string name, int item, int firstLine, Func<Task<Transcript>> parse)
    {
        try
        {
            return await parse().ConfigureAwait(false);
        }
        catch (TranscriptFormatException ex) when (item == 0)
        {
            await SayAsync("briefingkit: " + ex.Message).ConfigureAwait(false);
        }
        catch (TranscriptFormatException ex)
        {
            var line = ex.Line > 0 ? ex.Line + firstLine - 1 : firstLine;
            await SayAsync($"briefingkit: {name}:{line}: transcript {item} of the array: {ex.Reason}").ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A reader's or analyzer's bug must cost this input only, never the others' output.
            await SayAsync($"briefingkit: {name}: cannot read: internal error ({ex.GetType().Name}: {ex.Message}); please report it with the file.").ConfigureAwait(false);
        }
        return null;
    }

    private async Task SayAsync(string line)
    {
        _progress.Clear();
        await _error.WriteLineAsync(line).ConfigureAwait(false);
    }
}

/// <summary>What <see cref="TranscriptLoader.LoadAllAsync"/> read: the transcripts, how many inputs failed, how many were duplicates.</summary>
internal sealed record LoadedInputs(IReadOnlyList<Transcript> Transcripts, int Failed, int Duplicates);
