// Which kind of event a transcript records, from the words publishers use in titles and tags
// (templates/event-kinds.json, embedded).
using System;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal static class EventKinds
{
    private static readonly Lazy<Lists> Data = new(() => DataFiles.BuiltIn("event-kinds.json", "event kind word list",
        "{\"titlePhrases\": [{\"phrase\", \"kind\"}], \"tagWords\": [{\"phrase\", \"kind\"}]}", Read));

    public static TranscriptKind Classify(Transcript transcript)
    {
        var title = (transcript.Title ?? string.Empty).ToLowerInvariant();
        foreach (var (phrase, kind) in Data.Value.TitlePhrases)
            if (title.IndexOf(phrase, StringComparison.Ordinal) >= 0) return kind;

        foreach (var tag in transcript.Tags.Select(t => t.ToLowerInvariant()))
            foreach (var (word, kind) in Data.Value.TagWords)
                if (tag.IndexOf(word, StringComparison.Ordinal) >= 0) return kind;

        return transcript.Format switch
        {
            TranscriptFormat.WebVtt or TranscriptFormat.Srt or TranscriptFormat.Docx
                or TranscriptFormat.WhisperJson or TranscriptFormat.AwsTranscribeJson => TranscriptKind.Meeting,
            TranscriptFormat.Prose => TranscriptKind.Readout,
            _ when transcript.Turns.Any(t => t.Kind == TurnKind.Question) => TranscriptKind.PressBriefing,
            _ when transcript.Speakers.Count == 1 => TranscriptKind.Speech,
            _ => TranscriptKind.Other,
        };
    }

    private static Lists Read(JsonElement root) => new(Pairs(root, "titlePhrases"), Pairs(root, "tagWords"));

    private static (string Phrase, TranscriptKind Kind)[] Pairs(JsonElement root, string name) =>
        root.GetProperty(name).EnumerateArray().Select(item => (
            (item.GetProperty("phrase").GetString() ?? string.Empty).ToLowerInvariant(),
            Enum.TryParse<TranscriptKind>(item.GetProperty("kind").GetString(), ignoreCase: true, out var kind) ? kind
                : throw new JsonException($"'{item.GetProperty("kind").GetString()}' is not a kind of event"))).ToArray();

    private sealed record Lists((string Phrase, TranscriptKind Kind)[] TitlePhrases, (string Phrase, TranscriptKind Kind)[] TagWords);
}
