// AWS Transcribe's older layout keeps speakers apart from the words: speaker_labels.segments
// list who spoke when, each with the start times of its words. This maps a word's start time
// back to its speaker: first by the exact time of a listed word, else by the segment around it.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace BriefingKit.Reading.Json.Internal;

internal sealed class AwsSpeakerMap
{
    private readonly Dictionary<TimeSpan, string> _byWordStart = new();
    private readonly List<(TimeSpan Start, TimeSpan End, string Label)> _ranges = new();

    /// <summary>Reads <c>results.speaker_labels.segments</c>; an empty map when there is none.</summary>
    public static AwsSpeakerMap Read(JsonSource json, JsonElement results)
    {
        var map = new AwsSpeakerMap();
        if (!json.TryGet(results, "speaker_labels", JsonValueKind.Object, "results.speaker_labels", 0, out var labels)
            || !json.TryGet(labels, "segments", JsonValueKind.Array, "results.speaker_labels.segments", 0, out var segments))
            return map;

        var lines = json.ItemLines("results", "speaker_labels", "segments");
        var index = 0;
        foreach (var segment in segments.EnumerateArray())
        {
            var line = JsonSource.At(lines, index);
            var field = "results.speaker_labels.segments[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (segment.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(segment)}");
            var label = WhisperWords.Label(json.RequiredString(segment, "speaker_label", field + ".speaker_label", line));
            var start = json.OptionalSeconds(segment, "start_time", field + ".start_time", line);
            var end = json.OptionalSeconds(segment, "end_time", field + ".end_time", line);
            if (label is null) continue;
            if (start is { } s && end is { } e) map._ranges.Add((s, e, label));

            if (!json.TryGet(segment, "items", JsonValueKind.Array, field + ".items", line, out var items)) continue;
            var k = 0;
            foreach (var item in items.EnumerateArray())
            {
                var itemField = field + ".items[" + k.ToString(CultureInfo.InvariantCulture) + "]";
                k++;
                if (item.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{itemField}' must be an object, not {JsonSource.Describe(item)}");
                var wordStart = json.OptionalSeconds(item, "start_time", itemField + ".start_time", line);
                var wordLabel = WhisperWords.Label(json.OptionalString(item, "speaker_label", itemField + ".speaker_label", line)) ?? label;
                if (wordStart is { } w && !map._byWordStart.ContainsKey(w)) map._byWordStart.Add(w, wordLabel);
            }
        }
        map._ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        return map;
    }

    /// <summary>The speaker of a word starting at <paramref name="start"/>, or null when none is known.</summary>
    public string? Find(TimeSpan? start)
    {
        if (start is not { } t) return null;
        if (_byWordStart.TryGetValue(t, out var label)) return label;

        // The last segment starting at or before t, if t falls inside it.
        int low = 0, high = _ranges.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (_ranges[mid].Start <= t)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found >= 0 && t <= _ranges[found].End ? _ranges[found].Label : null;
    }
}
