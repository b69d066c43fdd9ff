// Runs one parse with a time bound and sorts the outcome: a model, a clean refusal, or a failure
// (any other exception, or no answer within the bound: a hang).
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Reliability.Tests.Fuzzing;

/// <summary>What one bounded parse ended in.</summary>
internal sealed record ParseOutcome(Transcript? Model, TranscriptFormatException? Refusal, TimeSpan Elapsed);

internal static class BoundedParse
{
    /// <summary>
    /// Parses <paramref name="fuzzCase"/> through the public <see cref="ITranscriptParser"/> within
    /// <see cref="FuzzSettings.CaseTimeout"/>. Returns a model or a clean refusal; throws for anything else.
    /// A clean refusal is a <see cref="TranscriptFormatException"/> that names the input's file, has a
    /// line from 0 (the whole input) to the input's line count, and a reason in words.
    /// </summary>
    public static ParseOutcome Run(ITranscriptParser parser, FuzzCase fuzzCase) =>
        Run(parser, fuzzCase, FuzzSettings.CaseTimeout);

    public static ParseOutcome Run(ITranscriptParser parser, FuzzCase fuzzCase, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(timeout);
        // Task.Run: the parse is CPU-bound and synchronous inside, so the bound must not depend on it
        // looking at its token. WaitAsync gives up after the bound even if the parse never returns.
        var work = Task.Run(async () =>
        {
            using var stream = new MemoryStream(fuzzCase.Bytes, writable: false);
            return await parser.ParseAsync(stream, fuzzCase.FileName, fuzzCase.Format, cancel.Token).ConfigureAwait(false);
        });
        try
        {
            var model = work.WaitAsync(timeout + TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
            return new ParseOutcome(model, null, clock.Elapsed);
        }
        catch (TimeoutException)
        {
            throw new FuzzFailure($"no answer within {timeout.TotalSeconds:0} s (a hang): {fuzzCase}");
        }
        catch (OperationCanceledException ex)
        {
            throw new FuzzFailure($"cancelled by its {timeout.TotalSeconds:0} s time bound (too slow): {fuzzCase}", ex);
        }
        catch (TranscriptFormatException ex)
        {
            CheckClean(ex, fuzzCase);
            return new ParseOutcome(null, ex, clock.Elapsed);
        }
        catch (Exception ex) when (ex is not FuzzFailure)
        {
            throw new FuzzFailure($"{ex.GetType().Name} instead of a model or a TranscriptFormatException: {fuzzCase}", ex);
        }
    }

    private static void CheckClean(TranscriptFormatException ex, FuzzCase fuzzCase)
    {
        if (ex.FileName != fuzzCase.FileName)
            throw new FuzzFailure($"the refusal names '{ex.FileName}', not the input '{fuzzCase.FileName}': {ex.Message}", ex);
        if (string.IsNullOrWhiteSpace(ex.Reason))
            throw new FuzzFailure($"the refusal gives no reason: {fuzzCase}", ex);
        if (ex.Line < 0 || ex.Line > LineCount(fuzzCase.Bytes))
            throw new FuzzFailure($"the refusal names line {ex.Line}, outside the input's {LineCount(fuzzCase.Bytes)} lines: {ex.Message} / {fuzzCase}", ex);
    }

    /// <summary>
    /// The most lines the input can be said to have: every LF, CR and (for UTF-16) U+2028 may end one, so count
    /// all line-end bytes generously; a line number past this is wrong whatever the encoding.
    /// </summary>
    private static int LineCount(byte[] bytes)
    {
        var lines = 1;
        foreach (var b in bytes)
            if (b is (byte)'\n' or (byte)'\r') lines++;
        // A .docx's lines are paragraphs, which its zipped bytes do not show: any positive line may be right.
        return bytes.Length >= 2 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K' ? int.MaxValue : lines;
    }
}

/// <summary>A fuzz case that crashed, hung, or ended in a model or refusal that breaks a promise.</summary>
internal sealed class FuzzFailure : Exception
{
    public FuzzFailure(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
