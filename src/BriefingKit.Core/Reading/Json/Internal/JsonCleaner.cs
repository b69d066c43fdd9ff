// JSON escapes (\u0001, a lone \ud800) can smuggle characters that the text decoder already
// removed from raw text back into strings, and from there into a .docx that will not open.
// This finds such strings and, only when there are some, rewrites the JSON without them.
using System;
using System.IO;
using System.Text;
using System.Text.Json;

namespace BriefingKit.Reading.Json.Internal;

internal static class JsonCleaner
{
    /// <summary>Whether any property name or string value holds a character illegal in XML 1.0.</summary>
    public static bool NeedsCleaning(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    if (!IsClean(property.Name) || NeedsCleaning(property.Value)) return true;
                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    if (NeedsCleaning(item)) return true;
                return false;
            case JsonValueKind.String:
                return !IsClean(element.GetString());
            default:
                return false;
        }
    }

    /// <summary>The JSON of <paramref name="element"/> with illegal characters removed from every string.</summary>
    public static string Clean(JsonElement element)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            Write(writer, element);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static bool IsClean(string? text) => string.Equals(XmlText.Sanitize(text), text ?? string.Empty, StringComparison.Ordinal);

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
