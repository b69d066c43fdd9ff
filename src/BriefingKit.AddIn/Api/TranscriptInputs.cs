// Turns the texts a client sent into analysed transcripts with the same pipeline (readers, size
// limit, model-JSON reader) the CLI uses.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace BriefingKit.AddIn.Api;

/// <summary>Checks and parses the transcripts in a request.</summary>
public static class TranscriptInputs
{
    private const int MaxFileNameLength = 255;

    /// <summary>Parses one transcript.</summary>
    /// <param name="parser">The pipeline.</param>
    /// <param name="input">The text and optional file name.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="ApiRequestException">400: the text is missing or the name is a path.</exception>
    /// <exception cref="TranscriptFormatException">The text cannot be read.</exception>
    public static async Task<Transcript> ParseAsync(ITranscriptParser parser, TranscriptText input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.Text))
            throw new ApiRequestException(StatusCodes.Status400BadRequest, "Missing text", "The transcript's \"text\" is missing or empty.");
        var name = CheckFileName(input.FileName);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(input.Text), writable: false);
        return await parser.ParseAsync(stream, name, ct).ConfigureAwait(false);
    }

    /// <summary>Parses several transcripts, in order.</summary>
    /// <param name="parser">The pipeline.</param>
    /// <param name="inputs">The texts; at least one.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The transcripts.</returns>
    /// <exception cref="ApiRequestException">400: no transcripts, or one is missing its text.</exception>
    public static async Task<IReadOnlyList<Transcript>> ParseAllAsync(ITranscriptParser parser, IReadOnlyList<TranscriptText>? inputs, CancellationToken ct)
    {
        if (inputs is null || inputs.Count == 0)
            throw new ApiRequestException(StatusCodes.Status400BadRequest, "Missing transcripts", "Send \"transcripts\": [{\"text\": ...}] with at least one transcript.");
        var transcripts = new List<Transcript>(inputs.Count);
        foreach (var input in inputs)
        {
            if (input is null)
                throw new ApiRequestException(StatusCodes.Status400BadRequest, "Missing text", "A transcript in \"transcripts\" is null.");
            if (TryReadModelArray(input.Text) is { } many)
            {
                CheckFileName(input.FileName);
                transcripts.AddRange(many);
                continue;
            }
            transcripts.Add(await ParseAsync(parser, input, ct).ConfigureAwait(false));
        }
        return transcripts;
    }

    /// <summary>
    /// Reads a JSON array of model transcripts (what <c>briefingkit parse</c> prints for several files),
    /// as the CLI does; anything else, a Whisper array or broken JSON included, goes to the pipeline,
    /// which reports it properly. The text is already within the request size limit.
    /// </summary>
    /// <param name="text">The text sent.</param>
    /// <returns>The transcripts, or null when the text is not such an array.</returns>
    public static IReadOnlyList<Transcript>? TryReadModelArray(string? text)
    {
        if (text is null || !text.AsSpan().TrimStart("\uFEFF \t\r\n").StartsWith("[", StringComparison.Ordinal)) return null;
        try
        {
            var many = BriefingKit.Json.TranscriptJson.DeserializeMany(text);
            return many.Count > 0 ? many : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>Accepts a bare file name only: the host never opens files a client names, and a folder in the name would suggest it does.</summary>
    /// <param name="fileName">The name sent, or null.</param>
    /// <returns>The name, or null.</returns>
    /// <exception cref="ApiRequestException">400: the name holds a folder, a drive or is too long.</exception>
    public static string? CheckFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        if (fileName.Length > MaxFileNameLength || fileName is "." or ".."
            || fileName.IndexOfAny(['/', '\\', ':', '\0']) >= 0)
            throw new ApiRequestException(StatusCodes.Status400BadRequest, "File paths are not accepted",
                "\"fileName\" must be a bare file name such as 'briefing.md', without folders or a drive; the host reads only the text sent.");
        return fileName;
    }
}
