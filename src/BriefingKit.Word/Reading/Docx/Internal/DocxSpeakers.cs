// Speaker ids s1, s2, … in order of first appearance, keyed by the name as written.
using System;
using System.Collections.Generic;
using System.Globalization;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal sealed class DocxSpeakers
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly List<Speaker> _speakers = new();

    public string IdFor(string name)
    {
        if (_ids.TryGetValue(name, out var id)) return id;
        id = "s" + (_speakers.Count + 1).ToString(CultureInfo.InvariantCulture);
        _ids.Add(name, id);
        _speakers.Add(new Speaker(id, name) { Label = name, Kind = SpeakerKind.Unknown });
        return id;
    }

    public ValueList<Speaker> ToValueList() => _speakers.ToValueList();
}
