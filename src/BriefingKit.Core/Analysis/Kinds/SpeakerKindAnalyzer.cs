// Speaker kinds from the document's introduction: the person who introduces themselves with a
// news organisation or as the moderator is the moderator; the people introduced as the panel of
// journalists are press. Runs before SpeakerResolver, which leaves press and moderators alone.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Gives moderators and panelists their kind from how the opening turns introduce them.</summary>
internal sealed class SpeakerKindAnalyzer : TranscriptAnalyzer
{
    // The introduction: the first turns, where a moderator presents the event and the people in it.
    private const int IntroductionTurns = 5;
    private const int MaxIntroductionChars = 6000;

    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const string Name = @"(?<name>[\p{Lu}][\p{L}'’\-]+(?:\s+[\p{Lu}]\.?(?=\s))?(?:\s+[\p{Lu}][\p{L}'’\-]+){0,2}\b)";

    // Regexes, not phrase lists: each reads a name around the words (the word lists in them are data, speaker-kinds.json).
    // "I'm Tom Brokaw, NBC News", "I am Jane Roe of Channel 4 News, and I'll be the moderator".
    private static readonly TieredRegex SelfIntroduction = new(@"\b" + KindWords.SelfIntroduction + @"\s+" + Name + @"(?<after>[^.!?]{0,120})", Options, RegexLimits.Timeout);

    // "our moderator, Jane Roe", "the moderator is Jane Roe", "Jane Roe, the moderator".
    private static readonly TieredRegex CalledModerator = new(
        @"\bmoderator(?:\s+" + KindWords.ModeratorIsNamed + @")?,?\s+(?:" + KindWords.CourtesyTitles + @"\.?\s+)?" + Name
        + @"|" + Name + @",\s+" + KindWords.ModeratorOf + @"\s+moderator\b",
        Options, RegexLimits.Timeout);

    // A sentence ends at . ! ? before a capital, but not after a courtesy title or an initial ("Mr. Pryor", "John F. Kennedy").
    private static readonly TieredRegex SentenceEnd = new(@"(?<!\b(?:" + KindWords.TitlesBeforeNames + @"|[\p{Lu}]))[.!?]\s+(?=[\p{Lu}""“])", Options, RegexLimits.Timeout);

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.SpeakerKinds };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var introduction = transcript.Turns.Where(t => t.Speaker is not null).Take(IntroductionTurns).ToList();
        if (introduction.Count == 0) return transcript;

        var kinds = new Dictionary<string, SpeakerKind>(StringComparer.Ordinal);
        foreach (var turn in introduction)
        {
            var text = turn.Text.Length > MaxIntroductionChars ? turn.Text.Substring(0, MaxIntroductionChars) : turn.Text;
            var speaker = transcript.Speakers.FirstOrDefault(s => s.Id == turn.Speaker);
            if (speaker is not null && speaker.Kind == SpeakerKind.Unknown && IntroducesThemselfAsModerator(speaker, text)) kinds[speaker.Id] = SpeakerKind.Moderator;
            foreach (Match match in CalledModerator.Matches(text))
                if (BySurname(transcript, match.Groups["name"].Value) is { Kind: SpeakerKind.Unknown } named) kinds[named.Id] = SpeakerKind.Moderator;
            foreach (var sentence in SentenceEnd.Split(text).Where(NamesThePanel))
                // Whoever speaks the sentence introduces others; "I'm Arthur Pell … the reporters ask me" is no panel.
                foreach (var panelist in transcript.Speakers.Where(s => s.Kind == SpeakerKind.Unknown && s.Id != turn.Speaker && !kinds.ContainsKey(s.Id) && IsIntroducedAsPanelist(s, sentence)))
                    kinds[panelist.Id] = SpeakerKind.Press;
        }
        if (kinds.Count == 0) return transcript;

        var speakers = transcript.Speakers.Select(s => kinds.TryGetValue(s.Id, out var kind) ? s with { Kind = kind } : s).ToValueList();
        return transcript with { Speakers = speakers, Turns = TurnKinds(transcript.Turns, speakers) };
    }

    private static bool IntroducesThemselfAsModerator(Speaker speaker, string text)
    {
        foreach (Match match in SelfIntroduction.Matches(text))
        {
            if (!SameSurname(speaker, match.Groups["name"].Value)) continue;
            var after = match.Groups["after"].Value;
            if (KindWords.ModeratorWords.Any(w => ContainsWord(after, w)) || Words(after).Any(KindWords.NewsWords.Contains)) return true;
        }
        return false;
    }

    private static bool NamesThePanel(string sentence) => KindWords.PanelCues.Any(cue => ContainsWord(sentence, cue));

    /// <summary>
    /// Whether the sentence names the speaker as one of the panel: their surname is in it, and not right after an
    /// office ("Governor Whitcombe" is a candidate the panel questions; "Ms. Ruth Calloway" is on it).
    /// </summary>
    private static bool IsIntroducedAsPanelist(Speaker speaker, string sentence)
    {
        var surname = Surname(speaker);
        if (surname is null) return false;
        var words = Words(sentence).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!NameKey.Same(words[i], surname)) continue;
            var j = i - 1;
            while (j >= 0 && words[j].Length > 0 && char.IsUpper(words[j][0]) && !RoleWords.IsRoleWord(words[j])) j--;
            if (j < 0 || !RoleWords.IsRoleWord(words[j]) || RoleWords.IsHonorific(words[j])) return true;
        }
        return false;
    }

    private static Speaker? BySurname(Transcript transcript, string name) =>
        transcript.Speakers.FirstOrDefault(s => SameSurname(s, name));

    private static bool SameSurname(Speaker speaker, string name)
    {
        var surname = Surname(speaker);
        var words = string.Join(" ", Words(name));
        return surname is not null && words.Length > 0 && NameKey.Same(surname, PeopleDirectory.Surname(words));
    }

    // The label's surname, picked as everywhere (PeopleDirectory.Surname: "MR. HARTWELL" → "HARTWELL",
    // "John Doe Jr." → "Doe"); none for "Speaker 2" or a role alone ("Moderator").
    private static string? Surname(Speaker speaker)
    {
        var words = string.Join(" ", Words(speaker.Label ?? speaker.Name));
        if (words.Length == 0) return null;
        var last = PeopleDirectory.Surname(words);
        return last.Any(char.IsDigit) || RoleWords.IsRoleWord(last) || KindWords.ConversationParts.Contains(last) ? null : last;
    }

    /// <summary>Questions and answers again, now that some speakers are known to be press or moderators.</summary>
    private static ValueList<Turn> TurnKinds(IReadOnlyList<Turn> turns, IReadOnlyList<Speaker> speakers)
    {
        var byId = speakers.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var questionOpen = false;
        var result = new List<Turn>(turns.Count);
        foreach (var turn in turns)
        {
            var kind = turn.Speaker is not null && byId.TryGetValue(turn.Speaker, out var speaker) ? speaker.Kind : SpeakerKind.Unknown;
            var turnKind = kind switch
            {
                SpeakerKind.Press => TurnKind.Question,
                SpeakerKind.Moderator => TurnKind.Statement,
                _ => questionOpen && turn.Speaker is not null ? TurnKind.Answer : turn.Kind,
            };
            if (kind == SpeakerKind.Press) questionOpen = true;
            result.Add(turnKind == turn.Kind ? turn : turn with { Kind = turnKind });
        }
        return result.ToValueList();
    }

    private static bool ContainsWord(string text, string phrase)
    {
        var index = 0;
        while ((index = text.IndexOf(phrase, index, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = index + phrase.Length;
            if ((index == 0 || !char.IsLetter(text[index - 1])) && (end == text.Length || !char.IsLetter(text[end]))) return true;
            index = end;
        }
        return false;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split(new[] { ' ', '\t', '\n', ',', ';', ':', '(', ')', '"', '“', '”' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.', '!', '?'))
            .Where(w => w.Length > 0);
}
