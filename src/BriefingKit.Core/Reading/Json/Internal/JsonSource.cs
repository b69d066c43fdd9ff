// One JSON input parsed once: the document for reading values, the UTF-8 bytes for finding
// where array items start (JsonElement has no position), and the conversions of JSON
// values into model values that turn every malformed value into a TranscriptFormatException.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace BriefingKit.Reading.Json.Internal;

internal sealed class JsonSource : IDisposable
{
    // Whisper and AWS write strict JSON; comments and trailing commas appear when people edit
    // the files by hand, and cost nothing to accept.
    internal static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };
    internal static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    // Longer than any real recording (115 days); larger numbers would overflow TimeSpan.
    private const double MaxSeconds = 1e7;

    private readonly ReadOnlyMemory<byte> _bytes;
    private int[]? _lineStarts;

    private JsonSource(string? fileName, ReadOnlyMemory<byte> bytes, JsonDocument document)
    {
        FileName = fileName;
        _bytes = bytes;
        Document = document;
    }

    public string? FileName { get; }

    public JsonDocument Document { get; }

    public JsonElement Root => Document.RootElement;

    /// <summary>The UTF-8 bytes the document was parsed from.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes.Span;

    /// <summary>Parses the input's text, reporting a syntax error with its line and column.</summary>
    public static JsonSource Parse(TranscriptInput input)
    {
        // Most inputs are UTF-8 already: parse their own bytes rather than encode the decoded text again.
        var bytes = input.Utf8Text ?? Encoding.UTF8.GetBytes(input.Text);
        try
        {
            return new JsonSource(input.FileName, bytes, JsonDocument.Parse(bytes, DocumentOptions));
        }
        catch (JsonException ex)
        {
            throw NotValidJson(input.FileName, ex);
        }
    }

    /// <summary>The "not valid JSON" error for a syntax error, without the exception's own position suffix.</summary>
    public static TranscriptFormatException NotValidJson(string? fileName, JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message.Substring(0, cut);
        message = message.TrimEnd(' ', '.');
        var line = ex.LineNumber is { } l ? (int)Math.Min(int.MaxValue - 1, l) + 1 : 0;
        var column = ex.BytePositionInLine is { } c
            ? string.Format(CultureInfo.InvariantCulture, " (column {0})", c + 1)
            : string.Empty;
        return new TranscriptFormatException(fileName, line, "not valid JSON: " + message + column, ex);
    }

    /// <summary>A TranscriptFormatException for this input.</summary>
    public TranscriptFormatException Error(int line, string reason) => new(FileName, line, reason);

    /// <summary>
    /// The 1-based lines where the items of the array at <paramref name="path"/> (property names
    /// from the root object) start. Empty when there is no such array. When a property occurs
    /// twice the last one counts, as it does for <see cref="JsonElement.TryGetProperty(string, out JsonElement)"/>.
    /// </summary>
    public IReadOnlyList<int> ItemLines(params string[] path)
    {
        var found = new List<int>();
        try
        {
            var reader = new Utf8JsonReader(_bytes.Span, ReaderOptions);
            if (reader.Read()) Descend(ref reader, path, 0, found);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Lines are a convenience, not worth failing for: a name with an invalid \u escape
            // is reported by the lookups that need it, with the field it concerns.
            found.Clear();
        }
        return found;
    }

    private void Descend(ref Utf8JsonReader reader, string[] path, int index, List<int> found)
    {
        if (index == path.Length)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return;
            }
            found.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                found.Add(LineOf(reader.TokenStartIndex));
                reader.Skip();
            }
            return;
        }
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(path[index]);
            reader.Read();
            if (match) Descend(ref reader, path, index + 1, found);
            else reader.Skip();
        }
    }

    /// <summary>The 1-based line holding a byte offset.</summary>
    public int LineOf(long offset)
    {
        _lineStarts ??= FindLineStarts(_bytes.Span);
        var index = Array.BinarySearch(_lineStarts, (int)Math.Min(offset, int.MaxValue));
        return index >= 0 ? index + 1 : ~index;
    }

    private static int[] FindLineStarts(ReadOnlySpan<byte> bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') starts.Add(i + 1);
        return starts.ToArray();
    }

    /// <summary>The line of item <paramref name="index"/> from <see cref="ItemLines"/>, or 0 when unknown.</summary>
    public static int At(IReadOnlyList<int> lines, int index) => index >= 0 && index < lines.Count ? lines[index] : 0;

    /// <summary>A required property that must be an object.</summary>
    public JsonElement RequiredObject(JsonElement parent, string name, string field, int line)
    {
        if (!TryGet(parent, name, field, line, out var value)) throw Error(line, $"missing required field '{field}'");
        if (value.ValueKind != JsonValueKind.Object) throw Error(line, $"'{field}' must be an object, not {Describe(value)}");
        return value;
    }

    /// <summary>A required property that must be an array.</summary>
    public JsonElement RequiredArray(JsonElement parent, string name, string field, int line)
    {
        if (!TryGet(parent, name, field, line, out var value)) throw Error(line, $"missing required field '{field}'");
        if (value.ValueKind != JsonValueKind.Array) throw Error(line, $"'{field}' must be an array, not {Describe(value)}");
        return value;
    }

    /// <summary>An optional property that, when present and not null, must be of <paramref name="kind"/>.</summary>
    public bool TryGet(JsonElement parent, string name, JsonValueKind kind, string field, int line, out JsonElement value)
    {
        if (!TryGet(parent, name, field, line, out value) || value.ValueKind == JsonValueKind.Null) return false;
        if (value.ValueKind != kind)
            throw Error(line, $"'{field}' must be {(kind == JsonValueKind.Array ? "an array" : kind == JsonValueKind.Object ? "an object" : "a " + kind.ToString().ToLowerInvariant())}, not {Describe(value)}");
        return true;
    }

    /// <summary>Whether the object has the property with a value other than null.</summary>
    public bool Has(JsonElement parent, string name) =>
        TryGet(parent, name, name, 0, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A required string property, with characters illegal in documents removed.</summary>
    public string RequiredString(JsonElement parent, string name, string field, int line) =>
        OptionalString(parent, name, field, line) ?? throw Error(line, $"missing required field '{field}'");

    /// <summary>An optional string property (null when absent or null), with characters illegal in documents removed.</summary>
    public string? OptionalString(JsonElement parent, string name, string field, int line)
    {
        if (!TryGet(parent, name, field, line, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw Error(line, $"'{field}' must be a string, not {Describe(value)}");
        return StringOf(value, field, line);
    }

    /// <summary>An optional string property, trimmed; <see langword="null"/> when absent, null or blank.</summary>
    public string? OptionalText(JsonElement parent, string name, string field, int line) =>
        OptionalString(parent, name, field, line) is { } text && text.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    /// <summary>The text of a string value, with characters illegal in documents removed.</summary>
    public string StringOf(JsonElement value, string field, int line)
    {
        try
        {
            return XmlText.Sanitize(value.GetString());
        }
        catch (InvalidOperationException ex)
        {
            // A \u escape that names half of a surrogate pair cannot become a .NET string.
            throw new TranscriptFormatException(FileName, line, $"'{field}' holds an invalid \\u escape: {ex.Message}", ex);
        }
    }

    /// <summary>An optional time in seconds, written as a number (Whisper) or a string (AWS).</summary>
    public TimeSpan? OptionalSeconds(JsonElement parent, string name, string field, int line) =>
        OptionalTime(parent, name, field, line, 1, "seconds");

    /// <summary>An optional time in milliseconds (Call Analytics' <c>BeginOffsetMillis</c>), a number or a string of digits.</summary>
    public TimeSpan? OptionalMilliseconds(JsonElement parent, string name, string field, int line) =>
        OptionalTime(parent, name, field, line, 1000, "milliseconds");

    private TimeSpan? OptionalTime(JsonElement parent, string name, string field, int line, double unitsPerSecond, string unit)
    {
        if (!TryGet(parent, name, field, line, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        double units;
        var ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out units),
            JsonValueKind.String => double.TryParse(StringOf(value, field, line), NumberStyles.Float, CultureInfo.InvariantCulture, out units),
            _ => Assign(out units),
        };
        var seconds = units / unitsPerSecond;
        if (!ok || double.IsNaN(seconds) || double.IsInfinity(seconds) || seconds < 0 || seconds > MaxSeconds)
            throw Error(line, $"'{field}' must be a time in {unit}, not {Describe(value)}");
        // Milliseconds are the model's precision (hh:mm:ss.fff); rounding here keeps JSON round trips equal.
        return TimeSpan.FromTicks((long)Math.Round(seconds * 1000) * TimeSpan.TicksPerMillisecond);
    }

    private static bool Assign(out double seconds)
    {
        seconds = 0;
        return false;
    }

    private bool TryGet(JsonElement parent, string name, string field, int line, out JsonElement value)
    {
        value = default;
        try
        {
            return parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out value);
        }
        catch (InvalidOperationException ex)
        {
            // Looking a name up unescapes the object's other names; one may be half a surrogate pair.
            throw new TranscriptFormatException(FileName, line, $"the object holding '{field}' has a property name with an invalid \\u escape: {ex.Message}", ex);
        }
    }

    /// <summary>A short description of a value for messages: its kind and, for scalars, a prefix of it.</summary>
    public static string Describe(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object: return "an object";
            case JsonValueKind.Array: return "an array";
            case JsonValueKind.Null: return "null";
            default:
                var raw = value.GetRawText();
                return raw.Length > 40 ? raw.Substring(0, 40) + "…" : raw;
        }
    }

    public void Dispose() => Document.Dispose();
}
