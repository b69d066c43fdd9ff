// Reads the turn-by-turn output of Amazon Transcribe Call Analytics and of Amazon Connect
// Contact Lens: a top-level "Transcript" array of segments, each with its speaker's
// ParticipantRole (or a ParticipantId that "Participants" maps to a role), its Content and its
// offsets in milliseconds; or Contact Lens' real-time "Segments", each wrapping one Transcript.
// Only these fields are read: sentiment, loudness, categories and call characteristics are
// analytics about the speech, never speech or speakers.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;

namespace BriefingKit.Reading.Json.Internal;

internal static class CallAnalyticsSegments
{
    /// <summary>Whether the root object has "Transcript" or "Segments" (and so is this layout, not standard Transcribe output).</summary>
    public static bool IsPresent(JsonSource json, JsonElement root) =>
        !json.Has(root, "results") && (json.Has(root, "Transcript") || json.Has(root, "Segments"));

    public static Transcript Read(JsonSource json, CancellationToken cancellationToken)
    {
        var root = json.Root;
        var roles = ReadParticipants(json, root);
        var speakers = new SpeakerTable();
        var turns = new TurnAccumulator();

        if (json.Has(root, "Transcript"))
        {
            var transcript = json.RequiredArray(root, "Transcript", "Transcript", 0);
            var lines = json.ItemLines("Transcript");
            var index = 0;
            foreach (var segment in transcript.EnumerateArray())
            {
                if ((index & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var field = "Transcript[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                AddSegment(json, segment, field, JsonSource.At(lines, index), roles, speakers, turns);
                index++;
            }
        }
        else
        {
            var segments = json.RequiredArray(root, "Segments", "Segments", 0);
            var lines = json.ItemLines("Segments");
            var index = 0;
            foreach (var item in segments.EnumerateArray())
            {
                if ((index & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                var line = JsonSource.At(lines, index);
                var field = "Segments[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                index++;
                if (item.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(item)}");
                // Utterances are partial text that their Transcript segment repeats in full;
                // Categories and summaries are not speech.
                if (json.TryGet(item, "Transcript", JsonValueKind.Object, field + ".Transcript", line, out var segment))
                    AddSegment(json, segment, field + ".Transcript", line, roles, speakers, turns);
            }
        }

        var result = turns.ToValueList();
        if (result.Count == 0) throw json.Error(0, "no speech: the Call Analytics 'Transcript' holds no text");
        return AwsTranscribeJsonReader.Build(json.OptionalText(root, "JobName", "JobName", 0), speakers, result);
    }

    private static void AddSegment(JsonSource json, JsonElement segment, string field, int line,
        Dictionary<string, string> roles, SpeakerTable speakers, TurnAccumulator turns)
    {
        if (segment.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(segment)}");
        // Contact Lens chat transcripts mix messages with events (a participant joined or left)
        // that have no words.
        var type = json.OptionalString(segment, "Type", field + ".Type", line);
        if (type is not null && !string.Equals(type, "MESSAGE", StringComparison.OrdinalIgnoreCase)) return;

        var content = json.RequiredString(segment, "Content", field + ".Content", line);
        var start = json.OptionalMilliseconds(segment, "BeginOffsetMillis", field + ".BeginOffsetMillis", line);
        var end = json.OptionalMilliseconds(segment, "EndOffsetMillis", field + ".EndOffsetMillis", line);
        if (content.Trim().Length == 0) return;

        var role = json.OptionalText(segment, "ParticipantRole", field + ".ParticipantRole", line);
        var participant = json.OptionalText(segment, "ParticipantId", field + ".ParticipantId", line);
        if (role is null && participant is not null) roles.TryGetValue(participant, out role);
        string? id;
        if (role is not null) id = speakers.IdFor(role, CallAnalyticsRoles.NameOf(role));
        else id = speakers.IdFor(participant);

        if (!turns.Continues(id, start)) turns.Begin(id, line, start);
        turns.Append(content, attach: false, start, end);
    }

    // "Participants": [{"ParticipantId": "…", "ParticipantRole": "AGENT"}]: the roles of the ids
    // that Contact Lens segments carry instead of a role.
    private static Dictionary<string, string> ReadParticipants(JsonSource json, JsonElement root)
    {
        var roles = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!json.TryGet(root, "Participants", JsonValueKind.Array, "Participants", 0, out var participants)) return roles;
        var lines = json.ItemLines("Participants");
        var index = 0;
        foreach (var participant in participants.EnumerateArray())
        {
            var line = JsonSource.At(lines, index);
            var field = "Participants[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (participant.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(participant)}");
            var id = json.OptionalText(participant, "ParticipantId", field + ".ParticipantId", line);
            var role = json.OptionalText(participant, "ParticipantRole", field + ".ParticipantRole", line);
            if (id is not null && role is not null && !roles.ContainsKey(id)) roles.Add(id, role);
        }
        return roles;
    }
}
