// The model's JSON form (SPEC §4): camelCase, enums as camelCase strings, nulls omitted,
// dates yyyy-MM-dd, times hh:mm:ss.fff.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Json.Internal;

namespace BriefingKit.Json;

/// <summary>Reads and writes the model's JSON form.</summary>
public static class TranscriptJson
{
    // Readable output: quotes, apostrophes and ampersands as themselves, not \u0027 escapes.
    // The JSON is a data file and CLI output, never embedded in HTML unescaped.
    private static readonly BriefingKitJsonContext Context = new(new JsonSerializerOptions(BriefingKitJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Returns the JSON of one transcript.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(Transcript transcript)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        return JsonSerializer.Serialize(transcript, Context.Transcript);
    }

    /// <summary>Returns the JSON array of several transcripts.</summary>
    /// <param name="transcripts">The transcripts.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(IEnumerable<Transcript> transcripts)
    {
        if (transcripts is null) throw new ArgumentNullException(nameof(transcripts));
        return JsonSerializer.Serialize(transcripts.ToList(), Context.ListTranscript);
    }

    /// <summary>
    /// Options for a <see cref="Utf8JsonWriter"/> that writes exactly what <see cref="Serialize(Transcript)"/> and
    /// <see cref="Serialize(IEnumerable{Transcript})"/> return (indentation, new lines, escaping), so a caller can
    /// write an array item by item (<see cref="Write"/>) without holding every transcript.
    /// </summary>
    internal static JsonWriterOptions WriterOptions
    {
        get
        {
            var options = Context.Options;
            return new JsonWriterOptions
            {
                Encoder = options.Encoder,
                Indented = options.WriteIndented,
                IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize,
                NewLine = options.NewLine,
                MaxDepth = options.MaxDepth,
            };
        }
    }

    /// <summary>Writes one transcript's JSON at the writer's place (a root value, or an item of an array it has started).</summary>
    internal static void Write(Utf8JsonWriter writer, Transcript transcript) => JsonSerializer.Serialize(writer, transcript, Context.Transcript);

    /// <summary>Writes the JSON of one transcript to a stream.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <param name="output">Where to write UTF-8 JSON.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when written.</returns>
    public static Task SerializeAsync(Transcript transcript, Stream output, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(output, transcript, Context.Transcript, cancellationToken);

    /// <summary>
    /// Reads transcripts from JSON: a single transcript object or an array of them
    /// (what <c>briefingkit parse</c> prints).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The transcripts, in order.</returns>
    /// <exception cref="JsonException">The text is not the model's JSON.</exception>
    public static IReadOnlyList<Transcript> DeserializeMany(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        var trimmed = json.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith("[", StringComparison.Ordinal))
        {
            var list = JsonSerializer.Deserialize(trimmed, Context.ListTranscript);
            return list ?? new List<Transcript>();
        }
        return new[] { Deserialize(trimmed) };
    }

    /// <summary>
    /// Reads transcripts from UTF-8 JSON in a stream: a single transcript object or an array of them
    /// (what <c>briefingkit parse</c> prints), without first making the whole text a string.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 JSON (a byte order mark is allowed).</param>
    /// <returns>The transcripts, in order.</returns>
    /// <exception cref="JsonException">The text is not the model's JSON.</exception>
    public static IReadOnlyList<Transcript> DeserializeMany(Stream utf8Json)
    {
        if (utf8Json is null) throw new ArgumentNullException(nameof(utf8Json));
        var stream = utf8Json.CanSeek ? utf8Json : Buffered(utf8Json);
        var start = stream.Position;
        int b;
        // The first significant byte says array or object (past a byte order mark and white space).
        while ((b = stream.ReadByte()) is 0xEF or 0xBB or 0xBF or ' ' or '\t' or '\r' or '\n') { }
        stream.Position = start;
        if (b == '[') return JsonSerializer.Deserialize(stream, Context.ListTranscript) ?? new List<Transcript>();
        return new[] { JsonSerializer.Deserialize(stream, Context.Transcript) ?? throw new JsonException("The JSON is null, not a transcript.") };
    }

    private static MemoryStream Buffered(Stream stream)
    {
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    /// <summary>Reads one transcript from JSON.</summary>
    /// <param name="json">The JSON text of one transcript object.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="JsonException">The text is not the model's JSON.</exception>
    public static Transcript Deserialize(string json)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        return JsonSerializer.Deserialize(json.TrimStart('\uFEFF'), Context.Transcript)
            ?? throw new JsonException("The JSON is null, not a transcript.");
    }
}
