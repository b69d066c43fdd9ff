// Reads the input files (and standard input, "-") and reports any failure as "file:line: reason"
// on stderr, never a stack trace, so one bad file does not stop the others. Inputs are parsed in
// parallel (one parse per core) a few ahead of the one being handed out, and handed out in input
// order: messages, duplicate detection and output are the same as one after another, and memory is
// bounded by the read-ahead window, not by the number of inputs.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using BriefingKit.Cli.Inputs;
using BriefingKit.Cli.Output;

namespace BriefingKit.Cli.Commands;

internal sealed partial class TranscriptLoader
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

    /// <summary>How many inputs are parsed at once (default: one per processor).</summary>
    public int Parallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>How many inputs may be read and parsing ahead of the one being handed out: the bound on memory.</summary>
    public int ReadAhead => Math.Max(4, 2 * Parallelism);

    /// <summary>
    /// Every transcript of the inputs named on the command line, already expanded (<see cref="InputFiles.Expand"/>:
    /// files, folders, "-"), in input order, each handed out as soon as it and those before it are read.
    /// A model JSON array (what <c>briefingkit parse</c> prints for several inputs) gives all its transcripts,
    /// each read and validated on its own, so a week parsed once can be turned into a memo or matrix without
    /// parsing again and a bad item costs only itself. An input given twice (the same file, or the same text
    /// under another name) is read once, with one warning naming both (<see cref="DuplicateInputs"/>), so every
    /// command counts inputs the same way. Every message is written on the error writer in input order.
    /// </summary>
    /// <param name="expanded">The inputs.</param>
    /// <param name="tally">Counts the transcripts, failed inputs and duplicates; complete when the enumeration ends.</param>
    /// <param name="ct">Cancels the reading (then <see cref="OperationCanceledException"/> is thrown).</param>
    public async IAsyncEnumerable<Transcript> ReadAsync(ExpandedInputs expanded, LoadTally tally, [EnumeratorCancellation] CancellationToken ct = default)
    {
        tally.Failed += expanded.Missing.Count;
        foreach (var name in expanded.Missing) await SayAsync($"briefingkit: {name}: no such file or folder").ConfigureAwait(false);
        foreach (var name in expanded.OwnOutputs) await SayAsync(OwnOutputs.Note(name)).ConfigureAwait(false);

        _progress = new Progress(_error, CliStreams.Current.ErrorIsTerminal, expanded.Files.Count);
        var texts = new DuplicateInputs();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var steps = Channel.CreateBounded<LoadStep>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(() => ProduceAsync(expanded.Files, steps.Writer, new SemaphoreSlim(Parallelism), stop.Token), CancellationToken.None);
        var shown = 0;
        try
        {
            while (await steps.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (steps.Reader.TryRead(out var step))
                {
                    ct.ThrowIfCancellationRequested();
                    if (step.Number != shown)
                    {
                        shown = step.Number;
                        _progress.Report($"reading {shown}/{expanded.Files.Count} {Path.GetFileName(step.File)}");
                    }
                    if (step.Parse is null)
                    {
                        await SayAsync(step.Message!).ConfigureAwait(false);
                        if (step.IsDuplicate) tally.Duplicates++;
                        else tally.Failed++;
                        continue;
                    }
                    var transcript = await TryParseAsync(step.Name, step.Item, step.FirstLine, step.Parse).ConfigureAwait(false);
                    if (transcript is null)
                    {
                        tally.Failed++;
                        continue;
                    }
                    var shownAs = step.Item == 0 ? step.Name : $"{step.Name} [{step.Item}: {transcript.Source ?? transcript.Title}]";
                    if (!await AcceptAsync(transcript, step.Name, shownAs, texts).ConfigureAwait(false))
                    {
                        tally.Duplicates++;
                        continue;
                    }
                    tally.Transcripts++;
                    yield return transcript;
                }
            }
            _progress.Clear();
        }
        finally
        {
            // Stopped early (cancelled, or the caller gave up): the read-ahead stops and none of its parses outlives the run.
            stop.Cancel();
            await producer.ConfigureAwait(false);
            while (steps.Reader.TryRead(out var left)) await Observe(left.Parse).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Every transcript of the inputs (see <see cref="ReadAsync"/>), collected, for commands that need them all at once.
    /// </summary>
    /// <returns>
    /// The transcripts read, how many inputs failed (each already reported on the error writer),
    /// and how many were duplicates left out.
    /// </returns>
    public async Task<LoadedInputs> LoadAllAsync(ExpandedInputs expanded, CancellationToken ct)
    {
        var tally = new LoadTally();
        var transcripts = new List<Transcript>();
        await foreach (var transcript in ReadAsync(expanded, tally, ct).ConfigureAwait(false)) transcripts.Add(transcript);
        return new LoadedInputs(transcripts, tally.Failed, tally.Duplicates);
    }

    /// <summary>Shows progress of a later stage (writing) on the same line, when progress is shown.</summary>
    public void Report(string text) => _progress.Report(text);

    /// <summary>Clears the progress line.</summary>
    public void ClearProgress() => _progress.Clear();

    /// <summary>Reports the reader's warnings and returns true, or false after a warning when it duplicates an earlier input's text.</summary>
    private async Task<bool> AcceptAsync(Transcript transcript, string file, string name, DuplicateInputs texts)
    {
        if (texts.SameTextAs(transcript, name) is { } same)
        {
            await SayAsync(DuplicateInputs.Warning(name, same, sameFile: false)).ConfigureAwait(false);
            return false;
        }
        // The reader's warnings, once the input is known not to be a duplicate (whose warnings would repeat the first's).
        foreach (var diagnostic in transcript.Diagnostics)
        {
            if (diagnostic.Severity == DiagnosticSeverity.Info) continue;
            var where = diagnostic.Line > 0 ? $"{file}:{diagnostic.Line}" : file;
            await SayAsync($"briefingkit: {where}: {diagnostic.Severity.ToString().ToLowerInvariant()}: {diagnostic.Message}").ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>
    /// One input parsed, or null after reporting why it cannot be read. Item <paramref name="item"/> (1-based,
    /// 0 for a whole file) of a model array starts on <paramref name="firstLine"/>, so its lines are shifted to the file's.
    /// </summary>
    private async Task<Transcript?> TryParseAsync(string name, int item, int firstLine, Task<Transcript> parse)
    {
        try
        {
            return await parse.ConfigureAwait(false);
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

/// <summary>What <see cref="TranscriptLoader.ReadAsync"/> has handed out and left out so far.</summary>
internal sealed class LoadTally
{
    /// <summary>Transcripts handed out.</summary>
    public int Transcripts { get; set; }

    /// <summary>Inputs that could not be read (each reported).</summary>
    public int Failed { get; set; }

    /// <summary>Inputs left out as duplicates of an earlier one (each reported).</summary>
    public int Duplicates { get; set; }

    /// <summary>Every input counted: an array item, a file, or a name that is neither.</summary>
    public int Inputs => Transcripts + Failed + Duplicates;
}
