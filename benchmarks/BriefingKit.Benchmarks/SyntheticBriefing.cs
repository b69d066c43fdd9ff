// Benchmark inputs made in code from a small seed of invented text (no corpus file), so every
// format carries the same briefing and any size can be made: a press briefing of a made-up
// spokesperson and reporters, with stances, commitments, quotes and issues for the analyzers.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Benchmarks;

/// <summary>One invented briefing, rendered in each input format at any size.</summary>
internal static class SyntheticBriefing
{
    private static readonly string[] Officials =
    {
        "MS. ALVAREZ", "MR. OKONJO", "SECRETARY LINDQVIST",
    };

    private static readonly string[] Statements =
    {
        "Good afternoon, everyone. I have two items at the top before I take your questions.",
        "The Secretary will travel to Lisbon next week to meet her counterparts on maritime security.",
        "We strongly support the new ceasefire monitoring mission and we urge every party to give it full access.",
        "We condemn the missile launch this morning, which threatens regional stability and violates the resolutions of the Security Council.",
        "The United States and Canada agreed to set up a joint working group on critical minerals and supply chains.",
        "We are deeply concerned about the detention of the two journalists and we call for their immediate release.",
        "The President welcomed the trade agreement and said it would lower tariffs on farm goods by a third.",
        "We will provide an additional $200 million in humanitarian assistance for families displaced by the floods.",
        "Our position on the climate pledge has not changed: we intend to cut emissions in half by the end of the decade.",
        "I don't have anything to preview on sanctions today, but we are looking at every option.",
        "The talks on the pipeline will resume in Geneva on Monday, and both delegations committed to a written framework.",
        "We reject the claim that the exercises were aimed at any neighbour; they were planned a year ago.",
        "As the Minister put it yesterday, \"this is a partnership for the long haul, not for one season.\"",
        "We continue to call on the government to hold free and fair elections on the date it announced.",
        "The Department will brief Congress on the cyber incident once the review is complete.",
    };

    private static readonly string[] Questions =
    {
        "Thank you. On the ceasefire, does the mission have access to the northern crossings yet?",
        "Can you say whether sanctions are still on the table after the launch?",
        "Has the Secretary spoken with her Chinese counterpart about the export controls?",
        "What is the timeline for the working group to report back?",
        "Do you expect the talks in Geneva to produce an agreement before the summit?",
        "Is the administration concerned that the tariffs will raise prices for consumers?",
        "On the journalists, has the embassy been granted consular access?",
        "Will the humanitarian aid go through the United Nations or directly to partners?",
    };

    /// <summary>The formats <see cref="Render"/> makes.</summary>
    public static readonly IReadOnlyList<TranscriptFormat> Formats = new[]
    {
        TranscriptFormat.SpeakerLabelled, TranscriptFormat.Markdown, TranscriptFormat.Prose, TranscriptFormat.WebVtt,
        TranscriptFormat.Srt, TranscriptFormat.WhisperJson, TranscriptFormat.Docx,
    };

    /// <summary>The file name a reader would see for <paramref name="format"/> (its extension is a hint).</summary>
    public static string FileName(TranscriptFormat format) => format switch
    {
        TranscriptFormat.Markdown => "briefing.md",
        TranscriptFormat.WebVtt => "briefing.vtt",
        TranscriptFormat.Srt => "briefing.srt",
        TranscriptFormat.WhisperJson => "briefing.json",
        TranscriptFormat.Docx => "briefing.docx",
        _ => "briefing.txt",
    };

    /// <summary>The briefing in <paramref name="format"/>, about <paramref name="bytes"/> long (whole exchanges: a little over).</summary>
    public static byte[] Render(TranscriptFormat format, int bytes) => format switch
    {
        TranscriptFormat.SpeakerLabelled => Utf8(Labelled(bytes)),
        TranscriptFormat.Markdown => Utf8("---\ntitle: \"Press Briefing by the Spokesperson\"\ndate: '2024-05-14'\ntags: press-briefings\n---\n\n" + Labelled(bytes)),
        TranscriptFormat.Prose => Utf8(Prose(bytes)),
        TranscriptFormat.WebVtt => Utf8(Captions(bytes, vtt: true)),
        TranscriptFormat.Srt => Utf8(Captions(bytes, vtt: false)),
        TranscriptFormat.WhisperJson => Utf8(Whisper(bytes)),
        TranscriptFormat.Docx => Docx(bytes),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no synthetic rendering"),
    };

    /// <summary>Speaker-labelled text (<c>MS. ALVAREZ:</c> and <c>Q</c> paragraphs) of at least <paramref name="bytes"/> bytes.</summary>
    public static string Labelled(int bytes)
    {
        var text = new StringBuilder(bytes + 4096);
        text.Append("Press Briefing by the Spokesperson\n\nMay 14, 2024\n\n1:05 P.M. EDT\n\n");
        foreach (var (speaker, sentence) in Exchanges(bytes)) text.Append(speaker).Append(":  ").Append(sentence).Append("\n\n");
        text.Append("1:58 P.M. EDT\n");
        return text.ToString();
    }

    private static string Prose(int bytes)
    {
        // A readout: the department's voice, people reported with "said" and direct quotes.
        var text = new StringBuilder(bytes + 4096);
        text.Append("Readout of the Secretary's Meeting with Foreign Ministers\n\nMay 14, 2024\n\n");
        var i = 0;
        foreach (var (_, sentence) in Exchanges(bytes))
        {
            text.Append(i++ % 3 == 0 ? $"Secretary Lindqvist said, \"{sentence}\"" : sentence).Append(i % 4 == 0 ? "\n\n" : " ");
        }
        return text.ToString();
    }

    private static string Captions(int bytes, bool vtt)
    {
        var text = new StringBuilder(bytes + 4096);
        if (vtt) text.Append("WEBVTT\n\n");
        var cue = 0;
        foreach (var (speaker, sentence) in Exchanges(bytes))
        {
            cue++;
            var start = TimeSpan.FromSeconds(cue * 6);
            var end = start + TimeSpan.FromSeconds(5.5);
            var name = speaker == "Q" ? "Reporter" : Name(speaker);
            if (vtt)
                text.Append(Clock(start, '.')).Append(" --> ").Append(Clock(end, '.')).Append('\n').Append("<v ").Append(name).Append('>').Append(sentence).Append("</v>\n\n");
            else
                text.Append(cue.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(Clock(start, ',')).Append(" --> ").Append(Clock(end, ','))
                    .Append('\n').Append(name).Append(": ").Append(sentence).Append("\n\n");
        }
        return text.ToString();
    }

    private static string Whisper(int bytes)
    {
        var text = new StringBuilder(bytes + 4096);
        text.Append("{\"language\": \"en\", \"segments\": [\n");
        var n = 0;
        foreach (var (speaker, sentence) in Exchanges(bytes))
        {
            if (n > 0) text.Append(",\n");
            var start = (n * 6.0).ToString("0.00", CultureInfo.InvariantCulture);
            var end = (n * 6.0 + 5.5).ToString("0.00", CultureInfo.InvariantCulture);
            var label = speaker == "Q" ? "SPEAKER_01" : "SPEAKER_00";
            text.Append("  {\"id\": ").Append(n.ToString(CultureInfo.InvariantCulture)).Append(", \"start\": ").Append(start).Append(", \"end\": ").Append(end)
                .Append(", \"speaker\": \"").Append(label).Append("\", \"text\": \" ").Append(sentence.Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"}");
            n++;
        }
        text.Append("\n]}\n");
        return text.ToString();
    }

    private static byte[] Docx(int bytes)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            foreach (var paragraph in Labelled(bytes).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
                body.Append(new Paragraph(new Run(new Text(paragraph.Trim()) { Space = SpaceProcessingModeValues.Preserve })));
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// Speaker and sentence pairs: an official's answer of two to four sentences, then a question, until
    /// <paramref name="bytes"/> characters. A counter in each round keeps the text from repeating exactly.
    /// </summary>
    private static IEnumerable<(string Speaker, string Text)> Exchanges(int bytes)
    {
        var random = new Random(20240514);
        var written = 0;
        for (var round = 1; written < bytes; round++)
        {
            var official = Officials[random.Next(Officials.Length)];
            var answer = new StringBuilder();
            var sentences = 2 + random.Next(3);
            for (var s = 0; s < sentences; s++) answer.Append(s > 0 ? " " : string.Empty).Append(Statements[random.Next(Statements.Length)]);
            answer.Append(" That is point ").Append(round.ToString(CultureInfo.InvariantCulture)).Append(" on my list.");
            var question = Questions[random.Next(Questions.Length)];
            written += official.Length + answer.Length + question.Length + 8;
            yield return (official, answer.ToString());
            yield return ("Q", question);
        }
    }

    private static string Name(string label) => label switch
    {
        "MS. ALVAREZ" => "Maria Alvarez",
        "MR. OKONJO" => "Daniel Okonjo",
        _ => "Karin Lindqvist",
    };

    private static string Clock(TimeSpan time, char separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}{separator}{time.Milliseconds:000}");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
