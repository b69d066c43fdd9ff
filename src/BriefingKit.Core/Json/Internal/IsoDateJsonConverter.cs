// Dates in the model are calendar dates: written as ISO-8601 yyyy-MM-dd.
using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingKit.Json.Internal;

internal sealed class IsoDateJsonConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is not null && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value))
            return DateTime.SpecifyKind(value.Date, DateTimeKind.Unspecified);
        throw new JsonException($"'{text}' is not an ISO-8601 date.");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
