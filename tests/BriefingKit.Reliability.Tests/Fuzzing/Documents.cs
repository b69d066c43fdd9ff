// Well-formed documents of every text format, built from a seed: the raw material that the
// mutations then damage. Words and names are made up; some are non-ASCII on purpose.
using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class Documents
{
    private static readonly string[] Names =
    [
        "Ada Brennan", "Tomás Ortega", "Li Wei", "Zoë Kowalczyk", "Ngozi Eze", "Mats Lindqvist", "Anaïs Dubois",
        "Hiroshi Sato", "Priya Raman", "Olu Adeyemi", "Søren Holm", "Fatima Al-Amin", "Ирина Петрова", "김민준",
    ];

    private static readonly string[] Words =
    [
        "the", "committee", "will", "review", "budget", "allies", "agreed", "to", "continue", "talks", "on",
        "trade", "climate", "security", "we", "support", "a", "ceasefire", "and", "reject", "any", "delay",
        "sanctions", "next", "week", "minister", "said", "café", "naïve", "résumé", "données", "東京", "🙂",
        "\"quoted\"", "“curly”", "‘single’", "(aside)", "[note]", "50%", "$1.5bn", "e.g.", "U.S.", "Mr.",
    ];

    public static string Build(TranscriptFormat format, Random r, int size) => format switch
    {
        TranscriptFormat.SpeakerLabelled => Labelled(r, size),
        TranscriptFormat.Markdown => Markdown(r, size),
        TranscriptFormat.Prose => Prose(r, size),
        TranscriptFormat.WebVtt => WebVtt(r, size),
        TranscriptFormat.Srt => Srt(r, size),
        TranscriptFormat.WhisperJson => WhisperJson(r, size),
        TranscriptFormat.AwsTranscribeJson => AwsJson(r, size),
        TranscriptFormat.BriefingKitJson => ModelJson(r, size),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a text format"),
    };

    public static string Name(Random r) => Names[r.Next(Names.Length)];

    public static string Sentence(Random r)
    {
        var count = r.Next(3, 18);
        var words = Enumerable.Range(0, count).Select(_ => Words[r.Next(Words.Length)]).ToArray();
        words[0] = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words[0]);
        return string.Join(' ', words) + (r.Next(5) == 0 ? "?" : ".");
    }

    public static string Speech(Random r) => string.Join(' ', Enumerable.Range(0, r.Next(1, 4)).Select(_ => Sentence(r)));

    private static string Label(Random r, string name) => r.Next(8) switch
    {
        0 => "MR " + name.Split(' ')[^1].ToUpperInvariant() + ":",
        1 => "MS. " + name.Split(' ')[^1].ToUpperInvariant() + ":",
        2 => "Q",
        3 => name + ": (00:0" + r.Next(10) + ")",
        4 => name + " (0" + r.Next(10) + ":" + r.Next(10, 60) + "):",
        5 => "Mr. " + name.Split(' ')[^1] + " (Freedonia) (spoke in French):",
        6 => "    Senator " + name.Split(' ')[^1] + ".",
        _ => name + ":",
    };

    private static string Labelled(Random r, int size)
    {
        var text = new StringBuilder();
        text.Append("Press Briefing by the Spokesperson\n").Append("April ").Append(r.Next(1, 29)).Append(", 2021\n\n");
        for (var i = 0; i < 2 + size; i++)
        {
            var label = Label(r, Name(r));
            text.Append(label).Append(label == "Q" ? "  " : " ").Append(Speech(r)).Append('\n');
            if (r.Next(6) == 0) text.Append("(Laughter.)\n");
            if (r.Next(8) == 0) text.Append(r.Next(2) == 0 ? "5:05 P.M. EDT\n" : "[Whereupon the meeting adjourned.]\n");
            text.Append(r.Next(3) == 0 ? string.Empty : "\n");
        }
        if (r.Next(2) == 0) text.Append("###\n");
        return text.ToString();
    }

    private static string Markdown(Random r, int size)
    {
        var text = new StringBuilder("---\n");
        text.Append("title: \"Remarks on ").Append(Words[r.Next(Words.Length)]).Append("\"\n");
        text.Append("date: 2021-0").Append(r.Next(1, 10)).Append("-1").Append(r.Next(10)).Append('\n');
        text.Append("url: https://example.org/briefings/").Append(r.Next(1000)).Append('\n');
        text.Append("tags: [press-briefings, ").Append(Words[r.Next(Words.Length)]).Append("]\n---\n\n");
        text.Append("# Remarks\n\n");
        text.Append(Labelled(r, size).Replace("_", "\\_", StringComparison.Ordinal).Replace("\n", "  \n", StringComparison.Ordinal));
        return text.ToString();
    }

    private static string Prose(Random r, int size)
    {
        var text = new StringBuilder("Readout of the Minister's Call\n\n");
        for (var i = 0; i < 1 + size; i++)
        {
            var name = Name(r);
            text.Append(r.Next(3) switch
            {
                0 => $"Minister {name} said that {Sentence(r).ToLowerInvariant()}",
                1 => $"“{Sentence(r)[..^1]},” {name} said. {Sentence(r)}",
                _ => $"According to {name}, {Sentence(r).ToLowerInvariant()} {Sentence(r)}",
            }).Append("\n\n");
        }
        return text.ToString();
    }

    public static string Timestamp(Random? r, double seconds, char fraction)
    {
        var t = TimeSpan.FromSeconds(seconds);
        return string.Format(CultureInfo.InvariantCulture, "{0:00}:{1:00}:{2:00}{3}{4:000}", (int)t.TotalHours, t.Minutes, t.Seconds, fraction, t.Milliseconds);
    }

    private static string WebVtt(Random r, int size)
    {
        var text = new StringBuilder(r.Next(4) == 0 ? "\uFEFFWEBVTT - exported\n\n" : "WEBVTT\n\n");
        if (r.Next(3) == 0) text.Append("NOTE exported by a meeting tool\n\n");
        if (r.Next(5) == 0) text.Append("STYLE\n::cue { color: yellow }\n\n");
        double at = 0;
        for (var i = 0; i < 2 + size; i++)
        {
            if (r.Next(2) == 0) text.Append(r.Next().ToString("x8", CultureInfo.InvariantCulture)).Append('/').Append(i).Append("-0\n");
            var start = at;
            at += r.NextDouble() * 8;
            text.Append(Timestamp(r, start, '.')).Append(" --> ").Append(Timestamp(r, at, '.'));
            if (r.Next(4) == 0) text.Append(" align:start position:10%");
            text.Append('\n');
            var name = Name(r).Replace("&", "&amp;", StringComparison.Ordinal);
            text.Append(r.Next(3) switch
            {
                0 => $"<v {name}>{Speech(r)}</v>",
                1 => $"{name}: {Speech(r)}",
                _ => Speech(r),
            }).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Srt(Random r, int size)
    {
        var text = new StringBuilder();
        double at = 0;
        for (var i = 0; i < 2 + size; i++)
        {
            if (r.Next(6) != 0) text.Append(i + 1).Append('\n');
            var start = at;
            at += r.NextDouble() * 8;
            var fraction = r.Next(5) == 0 ? '.' : ',';
            text.Append(Timestamp(r, start, fraction)).Append(" --> ").Append(Timestamp(r, at, fraction)).Append('\n');
            text.Append(r.Next(2) == 0 ? $"[SPEAKER_{r.Next(4):00}]: " : string.Empty).Append(Speech(r)).Append("\n\n");
        }
        return text.ToString();
    }

    private static string WhisperJson(Random r, int size)
    {
        double at = 0;
        var segments = Enumerable.Range(0, 1 + size).Select(i =>
        {
            var start = at;
            at += r.NextDouble() * 6;
            var text = " " + Speech(r);
            return new
            {
                id = i,
                start = Math.Round(start, 3),
                end = Math.Round(at, 3),
                text,
                speaker = r.Next(3) == 0 ? null : $"SPEAKER_{r.Next(3):00}",
                words = r.Next(2) == 0 ? null : text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new { word = w, start = Math.Round(start, 3), end = Math.Round(start + 0.2, 3) }).ToArray(),
            };
        }).ToArray();
        return JsonSerializer.Serialize(new { text = string.Join(string.Empty, segments.Select(s => s.text)), language = "en", segments }, JsonOptions);
    }

    private static string AwsJson(Random r, int size)
    {
        double at = 0;
        var items = new System.Collections.Generic.List<object>();
        var segments = new System.Collections.Generic.List<object>();
        for (var turn = 0; turn < 1 + size; turn++)
        {
            var speaker = $"spk_{r.Next(3)}";
            var segmentStart = at;
            var segmentItems = new System.Collections.Generic.List<object>();
            foreach (var word in Speech(r).Split(' '))
            {
                var start = at;
                at += 0.1 + r.NextDouble() * 0.5;
                var s = start.ToString("0.###", CultureInfo.InvariantCulture);
                var e = at.ToString("0.###", CultureInfo.InvariantCulture);
                var bare = word.TrimEnd('.', '?', ',');
                items.Add(new { start_time = s, end_time = e, type = "pronunciation", alternatives = new[] { new { confidence = "0.98", content = bare } } });
                if (bare.Length < word.Length) items.Add(new { type = "punctuation", alternatives = new[] { new { confidence = "0.0", content = word[bare.Length..] } } });
                segmentItems.Add(new { start_time = s, end_time = e, speaker_label = speaker });
            }
            segments.Add(new { start_time = segmentStart.ToString("0.###", CultureInfo.InvariantCulture), end_time = at.ToString("0.###", CultureInfo.InvariantCulture), speaker_label = speaker, items = segmentItems });
        }
        return JsonSerializer.Serialize(new
        {
            jobName = "fuzz",
            results = new { transcripts = new[] { new { transcript = "…" } }, speaker_labels = new { speakers = 3, segments }, items },
            status = "COMPLETED",
        }, JsonOptions);
    }

    private static string ModelJson(Random r, int size) => Json.TranscriptJson.Serialize(Models.Transcript(r, size, hostile: false));

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
