// The serializer fills a missing constructor argument (a speaker's id, a turn's text) with
// null and a JSON null list with null; the model promises neither. This checks what the
// serializer read, names the first missing field with the line of its item, and turns null
// lists into empty ones.
using System.Collections.Generic;
using System.Globalization;

namespace BriefingKit.Reading.Json.Internal;

internal static class BriefingKitJsonValidator
{
    public static Transcript Validate(JsonSource json, Transcript transcript, bool inArray)
    {
        transcript = transcript with
        {
            Tags = transcript.Tags ?? ValueList<string>.Empty,
            Speakers = transcript.Speakers ?? ValueList<Speaker>.Empty,
            Turns = transcript.Turns ?? ValueList<Turn>.Empty,
            Annotations = transcript.Annotations ?? ValueList<Annotation>.Empty,
            Quotes = transcript.Quotes ?? ValueList<Quote>.Empty,
            Issues = transcript.Issues ?? ValueList<IssueMention>.Empty,
            Positions = transcript.Positions ?? ValueList<Position>.Empty,
            Commitments = transcript.Commitments ?? ValueList<Commitment>.Empty,
            Summary = transcript.Summary ?? ValueList<string>.Empty,
            Diagnostics = transcript.Diagnostics ?? ValueList<Diagnostic>.Empty,
        };

        Check(json, inArray, "speakers", transcript.Speakers, s => s.Id is null || s.Id.Trim().Length == 0 ? "id" : s.Name is null ? "name" : null);
        Check(json, inArray, "turns", transcript.Turns, t => t.Text is null ? "text" : null);
        Check(json, inArray, "annotations", transcript.Annotations, a => a.Text is null ? "text" : null);
        Check(json, inArray, "quotes", transcript.Quotes, q => q.Text is null ? "text" : null);
        Check(json, inArray, "issues", transcript.Issues, i => i.Id is null ? "id" : i.Name is null ? "name" : null);
        Check(json, inArray, "positions", transcript.Positions, p => p.Actor is null ? "actor" : p.Issue is null ? "issue" : null);
        Check(json, inArray, "commitments", transcript.Commitments, c => c.Actors is null ? "actors" : c.Text is null ? "text" : null);
        Check(json, inArray, "diagnostics", transcript.Diagnostics, d => d.Message is null ? "message" : null);
        return transcript;
    }

    private static void Check<T>(JsonSource json, bool inArray, string name, IReadOnlyList<T> items, System.Func<T, string?> missing)
    {
        IReadOnlyList<int>? lines = null;
        for (var i = 0; i < items.Count; i++)
        {
            var field = missing(items[i]);
            if (field is null) continue;
            // Lines are found from the root object; inside a one-item array they are not worth the trouble.
            lines ??= inArray ? new List<int>() : json.ItemLines(name);
            throw json.Error(JsonSource.At(lines, i), string.Format(CultureInfo.InvariantCulture, "missing required field '{0}[{1}].{2}'", name, i, field));
        }
    }
}
