// Format detection for the JSON readers: tokenises only the start of the input (never the
// whole file) and notes the property names that tell Whisper, AWS Transcribe (standard and
// Call Analytics) and BriefingKit JSON apart. Never throws; a broken or cut-off document yields what was seen.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace BriefingKit.Reading.Json.Internal;

internal sealed class JsonSniff
{
    // Long enough to get past Whisper's leading "text" (the whole transcript) for recordings
    // of several hours, short enough that detection stays a sub-millisecond glance.
    internal const int WindowChars = 256 * 1024;

    private JsonSniff()
    {
    }

    /// <summary>Whether the document is an array (its first item was examined).</summary>
    public bool IsArray { get; private set; }

    /// <summary>Property names of the root object (or of the first item of a root array).</summary>
    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Property names of the object under the root's "results" property.</summary>
    public HashSet<string> ResultsKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Property names of the objects in the root's "Transcript" and "Segments" arrays (Call
    /// Analytics and Contact Lens), as far as the window reaches, keyed by the array's name.
    /// </summary>
    public Dictionary<string, HashSet<string>> ItemKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>The property names seen in the items of the root array property <paramref name="name"/>; empty when none.</summary>
    public HashSet<string> ItemKeysOf(string name) => ItemKeys.TryGetValue(name, out var keys) ? keys : NoKeys;

    private static readonly HashSet<string> NoKeys = new(StringComparer.Ordinal);

    /// <summary>The root's first property name.</summary>
    public string? FirstKey { get; private set; }

    /// <summary>The string value of the root's "format" property.</summary>
    public string? FormatValue { get; private set; }

    /// <summary>The window ended inside the value of this root property (a very long string).</summary>
    public string? CutInsideKey { get; private set; }

    /// <summary>
    /// Looks at the start of the input; <see langword="null"/> when it is not text starting with a JSON object or array.
    /// The three JSON readers ask in turn: the input keeps the answer.
    /// </summary>
    public static JsonSniff? Of(TranscriptInput input) => input.JsonSniff;

    /// <summary>Looks at the start of the input (see <see cref="Of"/>), every time it is called.</summary>
    internal static JsonSniff? Look(TranscriptInput input)
    {
        try
        {
            if (!input.IsText) return null;
            // Judge the first character on the text itself: most inputs are not JSON, and need no copy of their start.
            var text = input.Text;
            var start = 0;
            while (start < text.Length && start < WindowChars && char.IsWhiteSpace(text[start])) start++;
            if (start == text.Length || start == WindowChars || (text[start] != '{' && text[start] != '[')) return null;
            var sniff = new JsonSniff();
            // A whole document within the window that is UTF-8 already is walked in its own bytes, not encoded again.
            if (text.Length < WindowChars && input.Utf8Text is { } utf8)
            {
                sniff.Walk(utf8.Span, isFinal: true);
                return sniff;
            }
            var head = input.Head(WindowChars);
            var isFinal = head.Length < WindowChars;
            sniff.Walk(Encoding.UTF8.GetBytes(head), isFinal);
            return sniff;
        }
#pragma warning disable CA1031 // Detection is a guess: anything that goes wrong means "not recognisably mine".
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private void Walk(ReadOnlySpan<byte> bytes, bool isFinal)
    {
        var reader = new Utf8JsonReader(bytes, isFinal, new JsonReaderState(JsonSource.ReaderOptions));
        try
        {
            if (!reader.Read()) return;
            var baseDepth = 0;
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return;
                IsArray = true;
                baseDepth = 1;
            }

            string? lastKey = null;
            var inResults = false;
            HashSet<string>? itemKeys = null;
            while (reader.Read())
            {
                var depth = reader.CurrentDepth;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when depth == baseDepth + 1:
                        lastKey = reader.GetString();
                        if (lastKey is null) break;
                        FirstKey ??= lastKey;
                        Keys.Add(lastKey);
                        break;
                    case JsonTokenType.PropertyName when depth == baseDepth + 2 && inResults:
                        var name = reader.GetString();
                        if (name is not null) ResultsKeys.Add(name);
                        break;
                    case JsonTokenType.PropertyName when depth == baseDepth + 3 && itemKeys is not null:
                        var itemKey = reader.GetString();
                        if (itemKey is not null) itemKeys.Add(itemKey);
                        break;
                    case JsonTokenType.StartObject when depth == baseDepth + 1 && lastKey == "results":
                        inResults = true;
                        break;
                    case JsonTokenType.EndObject when depth == baseDepth + 1:
                        inResults = false;
                        break;
                    case JsonTokenType.StartArray when depth == baseDepth + 1 && lastKey is ("Transcript" or "Segments"):
                        if (!ItemKeys.TryGetValue(lastKey, out itemKeys))
                        {
                            itemKeys = new HashSet<string>(StringComparer.Ordinal);
                            ItemKeys.Add(lastKey, itemKeys);
                        }
                        break;
                    case JsonTokenType.EndArray when depth == baseDepth + 1:
                        itemKeys = null;
                        break;
                    case JsonTokenType.String when depth == baseDepth + 1 && lastKey == "format":
                        FormatValue = reader.GetString();
                        break;
                    case JsonTokenType.EndObject when depth == baseDepth:
                        return;
                }
            }
            // Out of data before the end of the (first) object: note a cut-off long string.
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == baseDepth + 1) CutInsideKey = lastKey;
        }
        catch (JsonException)
        {
            // Invalid further on: keep what was seen, so the chosen reader reports the error with its line.
        }
        catch (InvalidOperationException)
        {
            // An invalid \u escape in a property name: same as above.
        }
    }
}
