// Source-generated serialization metadata for the model (fast, trimming-safe).
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace BriefingKit.Json.Internal;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    Converters = new[] { typeof(CamelCaseEnumJsonConverter<TranscriptFormat>), typeof(CamelCaseEnumJsonConverter<TranscriptKind>), typeof(CamelCaseEnumJsonConverter<SpeakerKind>), typeof(CamelCaseEnumJsonConverter<TurnKind>), typeof(CamelCaseEnumJsonConverter<QuoteKind>), typeof(CamelCaseEnumJsonConverter<Stance>), typeof(CamelCaseEnumJsonConverter<DiagnosticSeverity>),
        typeof(IsoDateJsonConverter), typeof(ClockTimeJsonConverter) })]
[JsonSerializable(typeof(Transcript))]
[JsonSerializable(typeof(List<Transcript>))]
[JsonSerializable(typeof(Speaker))]
[JsonSerializable(typeof(Turn))]
[JsonSerializable(typeof(Annotation))]
[JsonSerializable(typeof(Quote))]
[JsonSerializable(typeof(IssueMention))]
[JsonSerializable(typeof(Position))]
[JsonSerializable(typeof(Commitment))]
[JsonSerializable(typeof(Diagnostic))]
[JsonSerializable(typeof(ValueList<Speaker>))]
[JsonSerializable(typeof(ValueList<Turn>))]
[JsonSerializable(typeof(ValueList<Annotation>))]
[JsonSerializable(typeof(ValueList<Quote>))]
[JsonSerializable(typeof(ValueList<IssueMention>))]
[JsonSerializable(typeof(ValueList<Position>))]
[JsonSerializable(typeof(ValueList<Commitment>))]
[JsonSerializable(typeof(ValueList<Diagnostic>))]
[JsonSerializable(typeof(ValueList<string>))]
[JsonSerializable(typeof(ValueList<int>))]
internal sealed partial class BriefingKitJsonContext : JsonSerializerContext
{
}
