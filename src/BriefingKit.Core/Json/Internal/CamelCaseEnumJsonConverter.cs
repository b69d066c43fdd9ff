using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriefingKit.Json.Internal;

/// <summary>Writes enums as camelCase strings (<c>pressBriefing</c>), as the model's JSON contract says.</summary>
internal sealed class CamelCaseEnumJsonConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public CamelCaseEnumJsonConverter() : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
