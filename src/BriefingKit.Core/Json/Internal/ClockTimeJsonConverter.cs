// Times into a recording are written hh:mm:ss.fff (hours may pass 24 for long recordings).
using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingKit.Json.Internal;

internal sealed class ClockTimeJsonConverter : JsonConverter<TimeSpan>
{
    public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? string.Empty;
        var parts = text.Split(':');
        if (parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            && double.TryParse(parts[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        }
        throw new JsonException($"'{text}' is not a time of the form hh:mm:ss.fff.");
    }

    public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    internal static string Format(TimeSpan value) => string.Format(
        CultureInfo.InvariantCulture, "{0:00}:{1:00}:{2:00}.{3:000}",
        (int)value.TotalHours, value.Minutes, value.Seconds, value.Milliseconds);
}
