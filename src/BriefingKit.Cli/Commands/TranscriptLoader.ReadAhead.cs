// The loader's producer: goes through the inputs in order (same-file duplicates, size limit, reading
// the bytes, splitting a model array into its items) and starts a parse for each, at most one per
// core at a time. What it finds goes into a bounded queue in input order; it writes no message
// itself, so every line the user sees is written by the consumer, in input order.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using BriefingKit.Cli.Inputs;
using BriefingKit.Cli.Output;
using BriefingKit.Reading;
using Microsoft.Win32.SafeHandles;

namespace BriefingKit.Cli.Commands;

internal sealed partial class TranscriptLoader
{
    private async Task ProduceAsync(IReadOnlyList<string> files, ChannelWriter<LoadStep> steps, SemaphoreSlim gate, CancellationToken ct)
    {
        var seen = new DuplicateInputs();
        try
        {
            for (var i = 0; i < files.Count; i++)
            {
                ct.ThrowIfCancellationRequested();
                foreach (var step in StepsOf(i + 1, files[i], seen, gate, ct))
                {
                    try
                    {
                        await steps.WriteAsync(step, ct).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        await Observe(step.Parse).ConfigureAwait(false);
                        throw;
                    }
                }
            }
            steps.TryComplete();
        }
        catch (Exception ex)
        {
            // Cancelled, or a fault of this code: the consumer sees it when it reads on.
            steps.TryComplete(ex);
        }
    }

    /// <summary>What one input file gives, in order: a message (a duplicate, or why it cannot be read), or a parse per transcript it holds.</summary>
    private IEnumerable<LoadStep> StepsOf(int number, string file, DuplicateInputs seen, SemaphoreSlim gate, CancellationToken ct)
    {
        if (file != OutputTarget.StandardStream && seen.SameFileAs(file) is { } sameFile)
        {
            yield return LoadStep.Duplicate(number, file, DuplicateInputs.Warning(file, sameFile, sameFile: true));
            yield break;
        }
        var name = file == OutputTarget.StandardStream ? StandardInputName : file;
        if (file != OutputTarget.StandardStream && IsOverLimit(file))
        {
            // The pipeline refuses it from its length, without reading it.
            yield return Start(number, file, name, 0, 0, gate, async token =>
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read);
                return await _pipeline.Full.ParseAsync(stream, name, _format, token).ConfigureAwait(false);
            }, ct);
            yield break;
        }

        var mayBeArray = _format is null or TranscriptFormat.BriefingKitJson
            && (file == OutputTarget.StandardStream || string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase));
        if (mayBeArray && file != OutputTarget.StandardStream)
        {
            // A model array is split where it lies, and each item read when its turn comes: the file is never held whole.
            var (items, error) = TrySplit(file);
            if (error is not null)
            {
                yield return LoadStep.Failure(number, file, $"briefingkit: {name}: cannot read: {error}");
                yield break;
            }
            if (items is not null)
            {
                var (opened, openError) = TryOpen(file);
                if (opened is null)
                {
                    yield return LoadStep.Failure(number, file, $"briefingkit: {name}: cannot read: {openError}");
                    yield break;
                }
                using var handle = opened;
                for (var i = 0; i < items.Count; i++)
                {
                    var item = items[i];
                    var (bytes, readError) = TryReadAt(handle, item);
                    if (bytes is null)
                    {
                        yield return LoadStep.Failure(number, file, $"briefingkit: {name}: cannot read: {readError}");
                        continue;
                    }
                    var input = new TranscriptInput(bytes, name);
                    yield return Start(number, file, name, i + 1, item.Line, gate, token => Task.FromResult(Parse(input, token)), ct);
                }
                yield break;
            }
        }

        var (whole, wholeError) = TryRead(file, ct);
        if (whole is null)
        {
            yield return LoadStep.Failure(number, file, $"briefingkit: {name}: cannot read: {wholeError}");
            yield break;
        }
        var parts = mayBeArray ? ModelArray.Split(whole) : null;
        if (parts is null)
        {
            var input = new TranscriptInput(whole, name);
            yield return Start(number, file, name, 0, 0, gate, token => Task.FromResult(Parse(input, token)), ct);
            yield break;
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var input = new TranscriptInput(new ReadOnlyMemory<byte>(whole, (int)parts[i].Offset, parts[i].Length), name);
            yield return Start(number, file, name, i + 1, parts[i].Line, gate, token => Task.FromResult(Parse(input, token)), ct);
        }
    }

    /// <summary>Starts a parse on the thread pool once a slot is free; the consumer awaits it in its turn.</summary>
    private static LoadStep Start(int number, string file, string name, int item, int firstLine, SemaphoreSlim gate, Func<CancellationToken, Task<Transcript>> parse, CancellationToken ct)
    {
        var task = Task.Run(async () =>
        {
            await gate.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                return await parse(ct).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }, ct);
        return new LoadStep(number, file, name, item, firstLine, task, null, false);
    }

    /// <summary>Waits for a parse nobody will hand out, so it does not outlive the run; its outcome no longer matters.</summary>
    private static async Task Observe(Task<Transcript>? parse)
    {
        if (parse is null) return;
        try
        {
            await parse.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Cancelled with the run, or failed: either way it is not reported.
        }
    }

    private static (IReadOnlyList<ArrayItem>? Items, string? Error) TrySplit(string file) => Try<IReadOnlyList<ArrayItem>?>(() =>
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return ModelArray.Split(stream);
    });

    private static (SafeFileHandle? Handle, string? Error) TryOpen(string file) =>
        Try<SafeFileHandle?>(() => File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read));

    /// <summary>What <paramref name="read"/> gives, or why the file system refused it (the message the user is shown).</summary>
    private static (T Value, string? Error) Try<T>(Func<T> read)
    {
        try
        {
            return (read(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (default!, ex.Message);
        }
    }

    private static (byte[]? Bytes, string? Error) TryReadAt(SafeFileHandle handle, ArrayItem item) => Try<byte[]?>(() =>
    {
        var bytes = new byte[item.Length];
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(done), item.Offset + done);
            if (read == 0) throw new IOException("the file became shorter while it was read.");
            done += read;
        }
        return bytes;
    });

    private (byte[]? Bytes, string? Error) TryRead(string file, CancellationToken ct) => Try<byte[]?>(() => Read(file, ct));

    // Standard input is read to its end or to just over the limit, so the pipeline can say it is too large.
    private byte[] Read(string file, CancellationToken ct)
    {
        if (file != OutputTarget.StandardStream) return File.ReadAllBytes(file);
        using var stdin = CliStreams.Current.OpenStandardInput();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stdin.Read(chunk, 0, chunk.Length)) > 0)
        {
            ct.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _maxBytes) break;
        }
        return buffer.ToArray();
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

    // Model JSON (what `parse` wrote) is already analysed: read it with the JSON readers alone, so a run on
    // model JSON never builds the analyzers and loads their data.
    private Transcript Parse(TranscriptInput input, CancellationToken ct) =>
        _format is null or TranscriptFormat.BriefingKitJson && _pipeline.IsModelJson(input)
            ? _pipeline.ModelJson.Parse(input, TranscriptFormat.BriefingKitJson, ct)
            : _pipeline.Full.Parse(input, _format, ct);
}

/// <summary>
/// One thing the producer found, in input order: a parse under way (<see cref="Parse"/>), or a
/// <see cref="Message"/> for a duplicate or an input that cannot be read.
/// </summary>
internal sealed record LoadStep(int Number, string File, string Name, int Item, int FirstLine, Task<Transcript>? Parse, string? Message, bool IsDuplicate)
{
    public static LoadStep Duplicate(int number, string file, string message) => new(number, file, file, 0, 0, null, message, true);

    public static LoadStep Failure(int number, string file, string message) => new(number, file, file, 0, 0, null, message, false);
}
