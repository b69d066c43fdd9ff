// Lets System.Text.Json read and write ValueList<T> as a plain JSON array.
using System;
using System.Collections.Generic;
#if NET
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BriefingKit.Json.Internal;

internal sealed class ValueListJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(ValueList<>);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var item = typeToConvert.GetGenericArguments()[0];
        return ForModel(item) ?? ForOther(item);
    }

    // The model's own lists, made without reflection, so a Native AOT build has their code.
    private static JsonConverter? ForModel(Type item) =>
        item == typeof(string) ? new ValueListJsonConverter<string>()
        : item == typeof(int) ? new ValueListJsonConverter<int>()
        : item == typeof(Speaker) ? new ValueListJsonConverter<Speaker>()
        : item == typeof(Turn) ? new ValueListJsonConverter<Turn>()
        : item == typeof(Annotation) ? new ValueListJsonConverter<Annotation>()
        : item == typeof(Quote) ? new ValueListJsonConverter<Quote>()
        : item == typeof(IssueMention) ? new ValueListJsonConverter<IssueMention>()
        : item == typeof(Position) ? new ValueListJsonConverter<Position>()
        : item == typeof(Commitment) ? new ValueListJsonConverter<Commitment>()
        : item == typeof(Diagnostic) ? new ValueListJsonConverter<Diagnostic>()
        : null;

#if NET
    [UnconditionalSuppressMessage("AotAnalysis", "IL3050:RequiresDynamicCode",
        Justification = "Only for a ValueList of a caller's own type, serialized with the reflection-based serializer, which needs dynamic code itself; the model's lists are made by ForModel.")]
#endif
    private static JsonConverter? ForOther(Type item) =>
        (JsonConverter?)Activator.CreateInstance(typeof(ValueListJsonConverter<>).MakeGenericType(item));
}

internal sealed class ValueListJsonConverter<T> : JsonConverter<ValueList<T>>
{
    public override ValueList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return ValueList<T>.Empty;
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException($"Expected an array for a list of {typeof(T).Name}.");
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = JsonSerializer.Deserialize(ref reader, itemInfo);
            if (item is null) throw new JsonException($"A list of {typeof(T).Name} holds a null item.");
            items.Add(item);
        }
        return ValueList<T>.From(items);
    }

    public override void Write(Utf8JsonWriter writer, ValueList<T> value, JsonSerializerOptions options)
    {
        var itemInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value) JsonSerializer.Serialize(writer, item, itemInfo);
        writer.WriteEndArray();
    }
}
