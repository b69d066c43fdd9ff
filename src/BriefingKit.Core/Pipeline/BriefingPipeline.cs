// The built pipeline: size check, format detection, reading, analysis. Immutable and
// safe to share across threads; build it once and reuse it.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Analysis;
using BriefingKit.Reading;

namespace BriefingKit;

/// <summary>
/// Reads inputs in any supported format and analyses them. Create one with
/// <see cref="BriefingPipelineBuilder"/> (or use <see cref="Default"/>) and share it.
/// </summary>
public sealed class BriefingPipeline : ITranscriptParser
{
    private static readonly Lazy<BriefingPipeline> DefaultPipeline = new(() => BriefingPipelineBuilder.CreateDefault().Build());
    private readonly ITranscriptReader[] _readers;
    private readonly ITranscriptAnalyzer[] _analyzers;

    internal BriefingPipeline(ITranscriptReader[] readers, ITranscriptAnalyzer[] analyzers, BriefingKitOptions options)
    {
        _readers = readers;
        _analyzers = analyzers;
        Options = options;
    }

    /// <summary>A pipeline with every built-in reader and analyzer and default options.</summary>
    public static BriefingPipeline Default => DefaultPipeline.Value;

    /// <summary>The options this pipeline was built with (a private copy).</summary>
    internal BriefingKitOptions Options { get; }

    /// <summary>The readers, in order of preference.</summary>
    public IReadOnlyList<ITranscriptReader> Readers => _readers;

    /// <summary>The analyzers, in the order they run.</summary>
    internal IReadOnlyList<ITranscriptAnalyzer> Analyzers => _analyzers;

    /// <inheritdoc />
    public Task<Transcript> ParseAsync(Stream input, string? fileName = null, CancellationToken ct = default) =>
        ParseAsync(input, fileName, null, ct);

    /// <inheritdoc />
    public async Task<Transcript> ParseAsync(Stream input, string? fileName, TranscriptFormat? format, CancellationToken ct = default)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        var bytes = await ReadLimitedAsync(input, fileName, ct).ConfigureAwait(false);
        return Parse(new TranscriptInput(bytes, fileName), format, ct);
    }

    /// <summary>Reads and analyses text already in memory.</summary>
    /// <param name="text">The transcript text.</param>
    /// <param name="fileName">A name for messages and as a format hint.</param>
    /// <param name="format">The format to read; <see langword="null"/> detects it.</param>
    /// <returns>The transcript.</returns>
    public Transcript ParseText(string text, string? fileName = null, TranscriptFormat? format = null)
    {
        if (text is null) throw new ArgumentNullException(nameof(text));
        return Parse(new TranscriptInput(System.Text.Encoding.UTF8.GetBytes(text), fileName), format, CancellationToken.None);
    }

    /// <summary>Reads and analyses one input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="format">The format to read; <see langword="null"/> detects it.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read.</exception>
    public Transcript Parse(TranscriptInput input, TranscriptFormat? format = null, CancellationToken ct = default)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        if (input.Bytes.Length > Options.MaxInputBytes) throw TooLarge(input.FileName, input.Bytes.Length);
        if (input.Bytes.Length == 0 || (input.IsText && string.IsNullOrWhiteSpace(input.Text)))
            throw new TranscriptFormatException(input.FileName, 0, "the file is empty");

        try
        {
            var reader = ChooseReader(input, format);
            var transcript = reader.Read(input, ct);
            if (transcript.Source is null) transcript = transcript with { Source = input.FileName };
            if (input.IsText && input.DecodingWarnings.Count > 0)
                transcript = transcript with { Diagnostics = input.DecodingWarnings.Concat(transcript.Diagnostics).ToValueList() };

            // BriefingKit's own JSON is already analysed: reading it back must give the same model.
            if (reader.Format == TranscriptFormat.BriefingKitJson) return transcript;
            var document = new AnalysisDocument(transcript);
            foreach (var analyzer in _analyzers)
            {
                ct.ThrowIfCancellationRequested();
                analyzer.Analyze(document, ct);
            }
            return document.Transcript;
        }
        catch (RegexMatchTimeoutException ex)
        {
            // Every pattern has a time limit so that no input can hang a reader; an input that reaches it
            // (huge paragraphs full of markup or brackets) is refused like any other unreadable input.
            throw new TranscriptFormatException(input.FileName, 0, string.Format(CultureInfo.InvariantCulture,
                "the text is too irregular to read in reasonable time (a pattern ran over its {0:0.#} s limit); if it is a transcript, split it into smaller files or blank-line separated paragraphs",
                ex.MatchTimeout.TotalSeconds), ex);
        }
    }

    private ITranscriptReader ChooseReader(TranscriptInput input, TranscriptFormat? format)
    {
        if (format is { } wanted)
        {
            return _readers.FirstOrDefault(r => r.Format == wanted)
                ?? throw new TranscriptFormatException(input.FileName, 0, $"no reader for the format '{wanted}' is registered"
                    + (wanted == TranscriptFormat.Docx ? " (add BriefingKit.Word's .docx reader)" : string.Empty));
        }

        ITranscriptReader? best = null;
        var bestScore = 0;
        foreach (var reader in _readers)
        {
            var score = reader.Detect(input);
            if (score > bestScore)
            {
                best = reader;
                bestScore = score;
            }
        }
        if (best is not null) return best;

        if (input.IsZip)
            throw new TranscriptFormatException(input.FileName, 0, "a zip archive (.docx?) and no .docx reader is registered (add BriefingKit.Word's .docx reader)");
        _ = input.Text; // throws the decoding error (binary, wrong encoding) when that is the reason
        throw new TranscriptFormatException(input.FileName, 0, "not a transcript in any supported format");
    }

    private async Task<byte[]> ReadLimitedAsync(Stream input, string? fileName, CancellationToken ct)
    {
        if (input.CanSeek && input.Length - input.Position > Options.MaxInputBytes)
            throw TooLarge(fileName, input.Length - input.Position);

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, 0, chunk.Length, ct).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > Options.MaxInputBytes) throw TooLarge(fileName, buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private TranscriptFormatException TooLarge(string? fileName, long size) =>
        new(fileName, 0, string.Format(CultureInfo.InvariantCulture,
            "over the size limit ({0:N1} MB or more, limit {1:N1} MB); raise it with --max-size if this is really a transcript",
            size / 1048576.0, Options.MaxInputBytes / 1048576.0));
}
