// JSON escapes (\u0001, a lone \ud800) can smuggle characters that the text decoder already
// removed from raw text back into strings, and from there into a .docx that will not open.
// This finds such strings (with the line of the first, for the warning) and, only when there
// are some, rewrites the JSON without them.
using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace BriefingKit.Reading.Json.Internal;

internal static class JsonCleaner
{
    /// <summary>
    /// How many characters illegal in XML 1.0 the strings and property names hold (all written as \u escapes:
    /// the text decoder already removed raw ones) and the line of the first, so the reader can warn with it.
    /// </summary>
    /// <exception cref="TranscriptFormatException">A \u escape names half of a surrogate pair (with its line).</exception>
    public static IllegalCharacters Find(JsonSource json)
    {
        var reader = new Utf8JsonReader(json.Bytes, JsonSource.ReaderOptions);
        var count = 0;
        var firstLine = 0;
        while (reader.Read())
        {
            if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
            // Only a \u escape can hold such a character: the text decoder left none in the raw text, and JSON
            // allows no raw control character in a string. Most strings have no escape and need no look.
            if (!reader.ValueIsEscaped) continue;
            string value;
            try
            {
                value = reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException ex)
            {
                throw new TranscriptFormatException(json.FileName, json.LineOf(reader.TokenStartIndex),
                    "a string holds an invalid \\u escape (half of a surrogate pair, which is no character): " + ex.Message, ex);
            }
            var removed = value.Length - XmlText.Sanitize(value).Length;
            if (removed == 0) continue;
            count += removed;
            if (firstLine == 0) firstLine = json.LineOf(reader.TokenStartIndex);
        }
        return new IllegalCharacters(count, firstLine);
    }

    /// <summary>The JSON of <paramref name="element"/> with illegal characters removed from every string.</summary>
    public static string Clean(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            Write(writer, element);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject())
                {
                    writer.WritePropertyName(XmlText.Sanitize(property.Name));
                    Write(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray()) Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(XmlText.Sanitize(element.GetString()));
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

/// <summary>What <see cref="JsonCleaner.Find"/> counted: characters to remove and the 1-based line of the first.</summary>
internal readonly record struct IllegalCharacters(int Count, int FirstLine);
