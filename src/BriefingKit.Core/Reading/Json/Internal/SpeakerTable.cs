// Gives speaker labels from recognisers ("SPEAKER_00", "spk_1") model ids s1, s2, … in
// order of first appearance, so ids are stable whatever numbering the tool used.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace BriefingKit.Reading.Json.Internal;

internal sealed class SpeakerTable
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly List<Speaker> _speakers = new();

    /// <summary>The id for a label, adding the speaker on first sight; null for no label.</summary>
    public string? IdFor(string? label) => IdFor(label, label);

    /// <summary>The id for a label, adding the speaker with <paramref name="name"/> on first sight; null for no label.</summary>
    public string? IdFor(string? label, string? name)
    {
        if (label is null) return null;
        if (_ids.TryGetValue(label, out var id)) return id;
        id = "s" + (_speakers.Count + 1).ToString(CultureInfo.InvariantCulture);
        _ids.Add(label, id);
        // A recogniser knows voices or roles, not people: the label (or a role's plain name) is
        // all the name there is until analysis.
        _speakers.Add(new Speaker(id, name ?? label) { Label = label, Kind = SpeakerKind.Unknown });
        return id;
    }

    public ValueList<Speaker> ToValueList() => _speakers.ToValueList();
}
