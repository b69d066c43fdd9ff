// Reads BriefingKit's own model JSON (what `briefingkit parse` prints) back into the model.
using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using BriefingKit.Json;
using BriefingKit.Reading.Json.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads the model JSON that <see cref="TranscriptJson"/> writes (SPEC §4), so a transcript
/// saved by <c>briefingkit parse</c> can be analysed again or turned into a memo without its source.
/// </summary>
/// <remarks>
/// <para>
/// Reading back the JSON of a transcript gives an equal transcript, including its stored
/// <see cref="Transcript.Format"/> and <see cref="Transcript.Source"/> (the format it was first
/// read from, not <see cref="TranscriptFormat.BriefingKitJson"/>); only a document without a
/// <c>format</c> gets <see cref="TranscriptFormat.BriefingKitJson"/>.
/// </para>
/// <para>
/// One file holds one transcript. An array with a single transcript is read; an array of several
/// (what <c>briefingkit parse A B</c> prints) is refused with a <see cref="TranscriptFormatException"/>
/// asking for one file per transcript, rather than silently reading only the first. Use
/// <see cref="TranscriptJson.DeserializeMany(string)"/> to read such an array in code.
/// </para>
/// <para>
/// Required fields (a speaker's <c>id</c> and <c>name</c>, a turn's <c>text</c>, …) that are missing
/// are reported by name with the line of the item; characters illegal in XML 1.0 written as
/// <c>\u</c> escapes are removed from every string, with a warning naming the line of the first;
/// an escape of half a surrogate pair is refused with its line.
/// </para>
/// </remarks>
internal sealed class BriefingKitJsonReader : ITranscriptReader
{
    private static readonly string[] FormatNames = Enum.GetNames(typeof(TranscriptFormat))
        .Select(name => char.ToLowerInvariant(name[0]) + name.Substring(1))
        .ToArray();

    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.BriefingKitJson;

    /// <summary>
    /// 95 when the start of the input is a JSON object (or an array whose first item is one) with
    /// <c>turns</c> and <c>format</c> or <c>speakers</c>; 80 when its <c>format</c> names a
    /// BriefingKit format and it has <c>speakers</c>, <c>kind</c> or <c>title</c>; else 0.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>The confidence score.</returns>
    public int Detect(TranscriptInput input)
    {
        var sniff = JsonSniff.Of(input);
        if (sniff is null) return 0;
        var keys = sniff.Keys;
        if (keys.Contains("turns") && (keys.Contains("format") || keys.Contains("speakers"))) return 95;
        if (sniff.FormatValue is { } format && Array.IndexOf(FormatNames, format) >= 0
            && (keys.Contains("speakers") || keys.Contains("kind") || keys.Contains("title"))) return 80;
        return 0;
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        using var json = JsonSource.Parse(input);
        var element = json.Root;
        var inArray = false;
        if (element.ValueKind == JsonValueKind.Array)
        {
            var count = element.GetArrayLength();
            if (count == 0) throw json.Error(0, "an empty JSON array: there is no transcript to read");
            if (count > 1)
                throw json.Error(0, string.Format(CultureInfo.InvariantCulture,
                    "the file holds {0} transcripts (the array 'briefingkit parse' prints for several inputs); BriefingKit reads one transcript per file: save each transcript to its own file", count));
            element = element[0];
            inArray = true;
        }
        if (element.ValueKind != JsonValueKind.Object)
            throw json.Error(0, $"expected a BriefingKit transcript object, not {JsonSource.Describe(element)}");

        // Control characters written as \u escapes are removed with a warning (as the text decoder does for
        // raw ones); half a surrogate pair is refused with its line.
        var illegal = JsonCleaner.Find(json);
        string text;
        bool exactLines;
        try
        {
            // Errors in the input's own text carry its lines; a rewritten copy's lines would mislead.
            exactLines = !inArray && illegal.Count == 0;
            text = exactLines ? input.Text : JsonCleaner.Clean(element);
        }
        catch (InvalidOperationException ex)
        {
            throw new TranscriptFormatException(input.FileName, 0, "a string holds an invalid \\u escape: " + ex.Message, ex);
        }

        cancellationToken.ThrowIfCancellationRequested();
        Transcript transcript;
        try
        {
            transcript = TranscriptJson.Deserialize(text);
        }
        catch (JsonException ex)
        {
            var line = exactLines && ex.LineNumber is { } l ? (int)Math.Min(l, int.MaxValue - 1) + 1 : 0;
            throw new TranscriptFormatException(input.FileName, line, "not a BriefingKit transcript: " + Shorten(ex.Message), ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException or NotSupportedException)
        {
            throw new TranscriptFormatException(input.FileName, 0, "not a BriefingKit transcript: " + ex.Message, ex);
        }

        transcript = BriefingKitJsonValidator.Validate(json, transcript, inArray);
        if (!element.TryGetProperty("format", out _)) transcript = transcript with { Format = TranscriptFormat.BriefingKitJson };
        if (illegal.Count > 0)
        {
            var warning = new Diagnostic(DiagnosticSeverity.Warning, illegal.FirstLine, string.Format(CultureInfo.InvariantCulture,
                "removed {0} control character(s) written as \\u escapes that are not allowed in documents (first on this line)", illegal.Count));
            transcript = transcript with { Diagnostics = new[] { warning }.Concat(transcript.Diagnostics).ToValueList() };
        }
        return transcript;
    }

    // The serializer appends "| LineNumber: n | BytePositionInLine: m." which the exception's line already says.
    private static string Shorten(string message)
    {
        var cut = message.IndexOf(" | LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message.Substring(0, cut) : message).TrimEnd(' ', '.');
    }
}
