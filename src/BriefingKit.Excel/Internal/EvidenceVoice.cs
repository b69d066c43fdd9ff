// Whose words a position's evidence is: the Positions sheet's "Speaker" column and the note that
// says why. The model's Position.Speaker is the subject of the stance ("he and Mr. Lavrov believe"
// gives Lavrov for Russia), which is not who spoke: "Mr. Tillerson said he and Mr. Lavrov believe"
// is Tillerson's account. The rules, first that applies:
//   1. turn holder — in a labelled transcript, whoever has the floor at the evidence line;
//   2. reported    — in narration, the person named right before a reporting verb
//                    ("Ambassador Ruiz firmly rejected …" → Ambassador Ruiz), one of a joined
//                    subject ("Ruiz and Minister Okafor agreed") chosen by the position's side;
//   3. subject     — the person the analysis found as the sentence's subject ("The Chair urged …"),
//                    for this position or another of the sentence on the same side;
//   4. quoted      — a direct quotation of the transcript inside the evidence;
//   5. document    — the document's own voice: the author its title names ("Statement by …"),
//                    the signatories of a joint statement, else its publisher (the web address);
//   6. none        — left empty, and the note says what was looked for.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BriefingKit.Analysis;

namespace BriefingKit.Excel.Internal;

/// <summary>Which rule named the speaker of a position's evidence.</summary>
internal enum VoiceRule
{
    TurnHolder,
    Reported,
    Subject,
    Quoted,
    Document,
    None,
}

/// <summary>The person (or document voice) whose words a position's evidence is, the rule that found it and a note saying so.</summary>
internal sealed record EvidenceVoice(string Name, VoiceRule Rule, string Note)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>How the note of a document-voice speaker starts (the Matrix prefers a person's words as a cell's evidence).</summary>
    public const string DocumentNote = "Document's voice:";

    /// <summary>Whether a Speaker cell with this note names a document's voice rather than a person.</summary>
    public static bool IsDocumentVoice(string? note) => note is not null && note.StartsWith(DocumentNote, StringComparison.Ordinal);

    // After a name: an optional ", Jr." or "III" and one adverb ("firmly", "also"), then a verb of saying or acting.
    private static readonly Regex VerbAfterName = new(
        @"^(?:,?\s*(?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}]))?\s+(?:(?:\p{Ll}+ly|also|again)\s+)?(?:" + ReportingVerbs.Default.Any + @"|(?:is|was|were|are)\s+(?:\p{Ll}+\s+)?" + ReportingVerbs.Default.Attitude + @")(?![\p{L}])",
        RegexOptions.CultureInvariant, Timeout);

    // Between two names of one subject: "and", a comma, and titles ("Okafor, and Chair of the Board Ruiz").
    private static readonly Regex JoinedNames = new(
        @"^(?:,?\s*(?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}]))?(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[\p{Lu}][\p{L}.’'\-]*|of|the)\s+){0,12}$", RegexOptions.CultureInvariant, Timeout);

    // "Statement by …", "Readout from …": the title names who issued the document.
    private static readonly Regex TitleAuthor = new(@"\b(?:by|from)\s+", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Joint = new(@"\bjoint\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>The voice of <paramref name="position"/>'s evidence in <paramref name="transcript"/>.</summary>
    public static EvidenceVoice Of(Transcript transcript, Position position)
    {
        var evidence = position.Evidence ?? string.Empty;
        var where = "line " + position.Line.ToString(CultureInfo.InvariantCulture);

        if (transcript.TurnAtLine(position.Line) is { Speaker: { } holderId } turn && transcript.FindSpeaker(holderId) is { } holder)
            return new(holder.Name, VoiceRule.TurnHolder,
                $"Turn holder: {Describe(holder)} has the floor in the labelled turn from line {turn.Line.ToString(CultureInfo.InvariantCulture)}, so the evidence ({where}) is their own words.");

        if (Reported(transcript, position, evidence) is { } reported) return reported;

        // The subject the analysis found, for this position or another of the same sentence on the same side
        // ("The Chair voiced concern and urged restraint": one subject for both stances).
        if ((transcript.FindSpeaker(position.Speaker) ?? SameSentenceSubject(transcript, position)) is { } subject)
            return new(subject.Name, VoiceRule.Subject,
                $"Reported: the narration ({where}) gives {Describe(subject)} as the subject of the sentence; no one is named there with a verb of saying.");

        foreach (var quote in transcript.Quotes)
        {
            if (quote.Kind != QuoteKind.Direct || transcript.FindSpeaker(quote.Speaker) is not { } quoted) continue;
            var probe = quote.Text.Length > 60 ? quote.Text.Substring(0, 60) : quote.Text;
            if (probe.Length >= 12 && evidence.IndexOf(probe, StringComparison.OrdinalIgnoreCase) >= 0)
                return new(quoted.Name, VoiceRule.Quoted,
                    $"Quoted: the evidence ({where}) holds a quotation of {quoted.Name} (attributed at line {quote.Line.ToString(CultureInfo.InvariantCulture)}); the sentence around it is narration.");
        }

        return DocumentVoice(transcript, where);
    }

    private static Speaker? SameSentenceSubject(Transcript transcript, Position position)
    {
        foreach (var other in transcript.Positions)
        {
            if (other.Line != position.Line || other.Speaker is null || !string.Equals(other.Evidence, position.Evidence, StringComparison.Ordinal)) continue;
            if (transcript.FindSpeaker(other.Speaker) is { } speaker && string.Equals(speaker.Affiliation, position.Actor, StringComparison.OrdinalIgnoreCase)) return speaker;
        }
        return null;
    }

    /// <summary>Rule 2: the person named right before a reporting verb, the first such in the sentence.</summary>
    private static EvidenceVoice? Reported(Transcript transcript, Position position, string evidence)
    {
        if (evidence.Length == 0) return null;
        var text = Fold(evidence);
        var mentions = Mentions(transcript, text);
        for (var m = 0; m < mentions.Count; m++)
        {
            var verb = VerbAfterName.Match(text.Substring(mentions[m].End));
            if (!verb.Success) continue;
            // Walk back over a joined subject: "President Biden and Prime Minister Suga committed".
            var group = new List<Mention> { mentions[m] };
            for (var k = m - 1; k >= 0; k--)
            {
                var between = text.Substring(mentions[k].End, group[0].Start - mentions[k].End);
                if (mentions[k].End > group[0].Start || !JoinedNames.IsMatch(between)) break;
                group.Insert(0, mentions[k]);
            }
            var people = group.Select(g => g.Speaker).Distinct().ToList();
            var chosen = people.FirstOrDefault(p => string.Equals(p.Affiliation, position.Actor, StringComparison.OrdinalIgnoreCase)) ?? people[0];
            var phrase = text.Substring(group[0].Start, mentions[m].End - group[0].Start + verb.Length).Trim();
            var others = people.Count > 1 ? $" ({string.Join(" and ", people.Select(p => p.Name))} together; {chosen.Name} speaks for {chosen.Affiliation ?? "their side"})" : string.Empty;
            return new(chosen.Name, VoiceRule.Reported,
                $"Reported: the narration says “{phrase} …”{others}, so the evidence (line {position.Line.ToString(CultureInfo.InvariantCulture)}) is {chosen.Name}'s position as reported.");
        }
        return null;
    }

    /// <summary>Rule 5: the author the title names, a joint statement's signatories, else the publisher.</summary>
    private static EvidenceVoice DocumentVoice(Transcript transcript, string where)
    {
        var kind = KindName(transcript.Kind);
        var title = Fold(transcript.Title ?? string.Empty);
        var by = TitleAuthor.Match(title);
        if (by.Success && Mentions(transcript, title).Where(m => m.Start >= by.Index + by.Length).OrderBy(m => m.Start).FirstOrDefault() is { } author)
            return new(author.Speaker.Name, VoiceRule.Document,
                $"Author: the sentence ({where}) names no speaker, so the document speaks, in the voice of the author its title names (“{title.Substring(by.Index).Trim()}”).");

        if (Joint.IsMatch(title))
        {
            var parties = transcript.Positions.Select(p => p.Actor).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var signatories = transcript.Speakers.Where(s => s.Kind == SpeakerKind.Official && s.Affiliation is not null && parties.Contains(s.Affiliation, StringComparer.OrdinalIgnoreCase))
                .GroupBy(s => s.Affiliation, StringComparer.OrdinalIgnoreCase).Select(g => g.First().Name).ToList();
            var names = signatories.Count >= 2 ? signatories : parties;
            var voice = "Joint " + kind.ToLowerInvariant() + (names.Count > 0 ? " (" + string.Join(", ", names) + ")" : string.Empty);
            return new(voice, VoiceRule.Document,
                $"{DocumentNote} the sentence ({where}) names no speaker and the document is a joint {kind.ToLowerInvariant()}, so its words are all its signatories'.");
        }

        if (Publisher(transcript.Url) is { } host)
            return new($"{kind} by {host}", VoiceRule.Document,
                $"{DocumentNote} the sentence ({where}) names no speaker and the {kind.ToLowerInvariant()} names no author, so its publisher ({host}) speaks.");

        return new(string.Empty, VoiceRule.None,
            $"No speaker: the evidence ({where}) is in no labelled turn, names no one with a verb of saying, and the document names no author or publisher.");
    }

    private static string? Publisher(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host.Substring(4) : host;
    }

    private static string KindName(TranscriptKind kind) => kind switch
    {
        TranscriptKind.Other => "Document",
        _ => RowBuilder.Humanize(kind.ToString()),
    };

    private static string Describe(Speaker speaker) =>
        speaker.Role is { Length: > 0 } role && speaker.Name.IndexOf(role, StringComparison.OrdinalIgnoreCase) < 0 ? $"{speaker.Name}, {role}," : speaker.Name;

    private sealed record Mention(int Start, int End, Speaker Speaker);

    /// <summary>Where the transcript's people are named in <paramref name="text"/> (by full name or surname), in order, overlaps dropped.</summary>
    private static List<Mention> Mentions(Transcript transcript, string text)
    {
        var found = new List<Mention>();
        foreach (var speaker in transcript.Speakers)
        {
            if (speaker.Kind == SpeakerKind.Press) continue;
            foreach (var form in new[] { Fold(speaker.Name), Fold(PersonNames.Surname(speaker.Name)) }.Distinct(StringComparer.Ordinal))
            {
                if (form.Length < 2 || !char.IsUpper(form[0])) continue;
                foreach (Match match in Regex.Matches(text, @"(?<![\p{L}\p{M}'’\-])" + Regex.Escape(form) + @"(?![\p{L}\p{M}\-])", RegexOptions.CultureInvariant, Timeout))
                    found.Add(new Mention(match.Index, match.Index + match.Length, speaker));
            }
        }
        var ordered = new List<Mention>();
        foreach (var mention in found.OrderBy(m => m.Start).ThenByDescending(m => m.End - m.Start))
            if (ordered.Count == 0 || mention.Start >= ordered[ordered.Count - 1].End) ordered.Add(mention);
        return ordered;
    }

    /// <summary>Letters without their accents, one character for one ("Erdoğan" → "Erdogan"), so positions stay where they were.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Half of a surrogate pair has no accent to drop, and Normalize refuses it alone.
            if (c < 128 || char.IsSurrogate(c)) { builder.Append(c); continue; }
            builder.Append(Decomposed(c));
        }
        return builder.ToString();
    }

    // Noncharacters (U+FFFE, U+FFFF) are refused by Normalize too; a transcript built in code may hold them.
    private static char Decomposed(char c)
    {
        try
        {
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            return decomposed.Length > 0 ? decomposed[0] : c;
        }
        catch (ArgumentException)
        {
            return c;
        }
    }
}
