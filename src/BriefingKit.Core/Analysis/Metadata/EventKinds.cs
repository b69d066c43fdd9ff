// Which kind of event a transcript records, from the words publishers use in titles and tags.
using System;
using System.Linq;

namespace BriefingKit.Analysis;

internal static class EventKinds
{
    private static readonly (string Phrase, TranscriptKind Kind)[] TitlePhrases =
    {
        ("press conference", TranscriptKind.PressConference), ("news conference", TranscriptKind.PressConference),
        ("joint press availability", TranscriptKind.PressConference), ("press availability", TranscriptKind.PressConference),
        ("press briefing", TranscriptKind.PressBriefing), ("press call", TranscriptKind.PressBriefing), ("press gaggle", TranscriptKind.PressBriefing),
        ("gaggle", TranscriptKind.PressBriefing), ("briefing", TranscriptKind.PressBriefing),
        ("readout", TranscriptKind.Readout), ("read-out", TranscriptKind.Readout),
        ("hearing", TranscriptKind.Hearing), ("testimony", TranscriptKind.Hearing),
        ("interview", TranscriptKind.Interview),
        ("statement", TranscriptKind.Statement), ("communiqué", TranscriptKind.Statement), ("communique", TranscriptKind.Statement),
        ("declaration", TranscriptKind.Statement), ("fact sheet", TranscriptKind.Statement),
        ("remarks", TranscriptKind.Speech), ("speech", TranscriptKind.Speech), ("address", TranscriptKind.Speech),
        ("meeting", TranscriptKind.Meeting),
    };

    private static readonly (string Tag, TranscriptKind Kind)[] TagWords =
    {
        ("press-briefing", TranscriptKind.PressBriefing), ("briefing", TranscriptKind.PressBriefing),
        ("statement", TranscriptKind.Statement), ("release", TranscriptKind.Statement), ("article", TranscriptKind.Statement),
        ("speech", TranscriptKind.Speech), ("remarks", TranscriptKind.Speech), ("readout", TranscriptKind.Readout),
        ("hearing", TranscriptKind.Hearing), ("interview", TranscriptKind.Interview),
    };

    public static TranscriptKind Classify(Transcript transcript)
    {
        var title = (transcript.Title ?? string.Empty).ToLowerInvariant();
        foreach (var (phrase, kind) in TitlePhrases)
            if (title.IndexOf(phrase, StringComparison.Ordinal) >= 0) return kind;

        foreach (var tag in transcript.Tags.Select(t => t.ToLowerInvariant()))
            foreach (var (word, kind) in TagWords)
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
}
