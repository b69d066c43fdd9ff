// What the text readers collect while reading, before it becomes an immutable Transcript.
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Reading.Text.Internal;

internal sealed class TranscriptDraft
{
    private readonly Dictionary<string, Speaker> _speakersByKey = new(StringComparer.Ordinal);

    public string? Title { get; set; }

    public DateTime? Date { get; set; }

    public List<Speaker> Speakers { get; } = new();

    public List<Turn> Turns { get; } = new();

    public List<Annotation> Annotations { get; } = new();

    public List<Diagnostic> Diagnostics { get; } = new();

    public Speaker SpeakerFor(SpeakerLabel label)
    {
        if (_speakersByKey.TryGetValue(label.Key, out var known))
        {
            if (known.Affiliation is null && label.Affiliation is not null)
            {
                var index = Speakers.IndexOf(known);
                known = known with { Affiliation = label.Affiliation };
                Speakers[index] = known;
                _speakersByKey[label.Key] = known;
            }
            return known;
        }

        var speaker = new Speaker("s" + (Speakers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), LabelNames.DisplayName(label.Label))
        {
            Label = label.Label,
            Affiliation = label.Affiliation,
            Kind = LabelNames.KindOf(label.Label),
        };
        Speakers.Add(speaker);
        _speakersByKey[label.Key] = speaker;
        return speaker;
    }

    public void Warn(int line, string message) => Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, line, message));

    public Transcript ToTranscript(TranscriptFormat format) => new()
    {
        Title = Title,
        Date = Date,
        Format = format,
        Speakers = Speakers.ToValueList(),
        Turns = Turns.ToValueList(),
        Annotations = Annotations.OrderBy(a => a.Line).ToValueList(),
        Diagnostics = Diagnostics.ToValueList(),
    };
}
