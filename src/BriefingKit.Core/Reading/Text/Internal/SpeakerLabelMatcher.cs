// Recognises the speaker-label conventions of SPEC §3 at the start of a line.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingKit.Reading.Text.Internal;

internal static partial class SpeakerLabelMatcher
{
#if NET7_0_OR_GREATER
    // Source-generated below: compiled when BriefingKit is built, not when a pattern is first used.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
#endif
#if !NET7_0_OR_GREATER
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
#endif
    private const string Time = @"(?<time>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)";
    private const string NameWords = @"[\p{Lu}][\p{L}\p{M}.'’\-]*(?:[ \t]+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’\-]*|of|de|la|da|al|el|van|von|bin|der|du|y))*";

    // Q    text / Q: text / Q alone (White House, State Department).
    // "Q and A will follow" and "Q&A:" are not a reporter.
#if NET7_0_OR_GREATER
    private static readonly Regex Question = QuestionPattern();

    [GeneratedRegex(@"^Q(?!\s*(?:and|&|n)\s*A\b)(?:\s*[:.]\s*|\s+|$)(?<rest>.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex QuestionPattern();
#else
    private static readonly Regex Question = new(@"^Q(?!\s*(?:and|&|n)\s*A\b)(?:\s*[:.]\s*|\s+|$)(?<rest>.*)$", Options, Timeout);
#endif

    // Rev: "Ned Price: (00:00)" or "Ned Price (00:00):", speech on the same or next line.
#if NET7_0_OR_GREATER
    private static readonly Regex RevColonFirst = RevColonFirstPattern();

    [GeneratedRegex(@"^(?<name>" + NameWords + @"):\s*\(" + Time + @"\)\s*(?<rest>.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RevColonFirstPattern();
#else
    private static readonly Regex RevColonFirst = new(@"^(?<name>" + NameWords + @"):\s*\(" + Time + @"\)\s*(?<rest>.*)$", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex RevTimeFirst = RevTimeFirstPattern();

    [GeneratedRegex(@"^(?<name>" + NameWords + @")\s*\(" + Time + @"\)\s*:\s*(?<rest>.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex RevTimeFirstPattern();
#else
    private static readonly Regex RevTimeFirst = new(@"^(?<name>" + NameWords + @")\s*\(" + Time + @"\)\s*:\s*(?<rest>.*)$", Options, Timeout);
#endif

    // Otter (and Teams .docx exports): "Emma  2:20" alone on its line.
#if NET7_0_OR_GREATER
    private static readonly Regex Otter = OtterPattern();

    [GeneratedRegex(@"^(?<name>" + NameWords + @")[ \t]+" + Time + @"\s*$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OtterPattern();
#else
    private static readonly Regex Otter = new(@"^(?<name>" + NameWords + @")[ \t]+" + Time + @"\s*$", Options, Timeout);
#endif

    // UN verbatim records: "Mr. Nebenzia (Russian Federation) (spoke in Russian):".
#if NET7_0_OR_GREATER
    private static readonly Regex UnitedNations = UnitedNationsPattern();

    [GeneratedRegex(@"^(?<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?" + NameWords + @")\s*\((?<aff>[^()]{2,80})\)(?:\s*\((?<note>[^()]{2,80})\))?\s*:\s*(?<rest>.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex UnitedNationsPattern();
#else
    private static readonly Regex UnitedNations = new(
        @"^(?<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?" + NameWords + @")\s*\((?<aff>[^()]{2,80})\)(?:\s*\((?<note>[^()]{2,80})\))?\s*:\s*(?<rest>.*)$",
        Options, Timeout);
#endif

    // Congressional hearings: an indented "Senator Reed." or "The Chairman." then the speech.
#if NET7_0_OR_GREATER
    private static readonly Regex Congressional = CongressionalPattern();

    [GeneratedRegex(@"^[ \t]{2,}(?<name>(?:The\s+)?(?:Chairman|Chairwoman|Chairperson|Chair|Clerk|Vice\s+Chairman|Ranking\s+Member|Senator|Representative|Secretary|General|Admiral|Ambassador|Governor|Director|Mr\.|Ms\.|Mrs\.|Dr\.)(?:\s+[\p{Lu}][\p{L}\p{M}'’\-]+){0,3})\.\s+(?<rest>\S.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CongressionalPattern();
#else
    private static readonly Regex Congressional = new(
        @"^[ \t]{2,}(?<name>(?:The\s+)?(?:Chairman|Chairwoman|Chairperson|Chair|Clerk|Vice\s+Chairman|Ranking\s+Member|Senator|Representative|Secretary|General|Admiral|Ambassador|Governor|Director|Mr\.|Ms\.|Mrs\.|Dr\.)(?:\s+[\p{Lu}][\p{L}\p{M}'’\-]+){0,3})\.\s+(?<rest>\S.*)$",
        Options, Timeout);
#endif

    // Capitals: "MS. PSAKI:", "PRESIDENT BIDEN:", "SECRETARY TILLERSON:", "PRESIDENT YOON:  (As interpreted.)",
    // "SECRETARY McDONOUGH:" (lower case is allowed here and checked word by word in IsCapitalsLabel).
#if NET7_0_OR_GREATER
    private static readonly Regex Capitals = CapitalsPattern();

    [GeneratedRegex(@"^(?<name>[\p{Lu}][\p{Lu}\p{Ll}\p{M}\d.'’\-&/ \t]{0,60}?)\s*(?:\((?<note>[^()]{1,60})\))?\s*:(?:\s+(?<rest>.*))?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CapitalsPattern();
#else
    private static readonly Regex Capitals = new(
        @"^(?<name>[\p{Lu}][\p{Lu}\p{Ll}\p{M}\d.'’\-&/ \t]{0,60}?)\s*(?:\((?<note>[^()]{1,60})\))?\s*:(?:\s+(?<rest>.*))?$", Options, Timeout);
#endif

    // Mixed case: "Ned Price: text", "Speaker 1: text", "The President: text", or "Senator Kennedy:" alone on its line.
    private const string TitledName = @"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Amb|Prof|Gov|Del)\.?\s+)?" + NameWords;
#if NET7_0_OR_GREATER
    private static readonly Regex MixedCase = MixedCasePattern();

    [GeneratedRegex(@"^(?<name>" + TitledName + @")\s*:(?:\s+(?<rest>\S.*)|\s*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MixedCasePattern();
#else
    private static readonly Regex MixedCase = new(@"^(?<name>" + TitledName + @")\s*:(?:\s+(?<rest>\S.*)|\s*)$", Options, Timeout);
#endif

    // A clock time in brackets before a label: "[00:09:25] Name: text", "(01:02) NAME: text".
#if NET7_0_OR_GREATER
    private static readonly Regex TimePrefix = TimePrefixPattern();

    [GeneratedRegex(@"^(?:\[" + Time + @"\]|\(" + Time + @"\))[ \t]*(?<after>\S.*)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimePrefixPattern();
#else
    private static readonly Regex TimePrefix = new(@"^(?:\[" + Time + @"\]|\(" + Time + @"\))[ \t]*(?<after>\S.*)$", Options, Timeout);
#endif

    // Diarisation output: "[SPEAKER_00 | 0.72]" alone on its line, the speech below.
#if NET7_0_OR_GREATER
    private static readonly Regex Diarised = DiarisedPattern();

    [GeneratedRegex(@"^\[(?<name>[^\[\]|]{1,40}?)\s*\|\s*(?:[01]?\.\d{1,4}|[01])\s*\]$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DiarisedPattern();
#else
    private static readonly Regex Diarised = new(@"^\[(?<name>[^\[\]|]{1,40}?)\s*\|\s*(?:[01]?\.\d{1,4}|[01])\s*\]$", Options, Timeout);
#endif

    // A name line: "Sen. Jane Doe (D-Ore.)" or "Dr. Ana Ruiz (World Bank)" alone on its line, the speech below.
#if NET7_0_OR_GREATER
    private static readonly Regex NameLine = NameLinePattern();

    [GeneratedRegex(@"^(?<name>" + TitledName + @")\s*\((?<paren>[^()]{1,60})\)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex NameLinePattern();
#else
    private static readonly Regex NameLine = new(@"^(?<name>" + TitledName + @")\s*\((?<paren>[^()]{1,60})\)$", Options, Timeout);
#endif

    // Party and state after a legislator's name: "D", "R-Utah", "D-Ore.", "I-Vt.", "D-N.Y.", "DFL-Minn.".
#if NET7_0_OR_GREATER
    private static readonly Regex PartyCode = PartyCodePattern();

    [GeneratedRegex(@"^(?:D|R|I|L|G|DFL)(?:\s*[-–]\s*[\p{Lu}][\p{L}.' ]{1,20})?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex PartyCodePattern();
#else
    private static readonly Regex PartyCode = new(@"^(?:D|R|I|L|G|DFL)(?:\s*[-–]\s*[\p{Lu}][\p{L}.' ]{1,20})?$", Options, Timeout);
#endif

    /// <summary>Whether a parenthetical after a name is a party code ("R-Utah"): a legislator's line, not an actor.</summary>
    public static bool IsPartyCode(string text) => PartyCode.IsMatch(text.Trim());

    // A language code after an interpreted speaker's name: "Name (SL):".
    private static bool IsLanguageCode(string text) => text.Length == 2 && LabelWords.LanguageCodes.Contains(text);

    // Notes to the reader: "NOTE TO EDITORS:", "NOTE TO CORRESPONDENTS:", "NOTES FOR PLANNING PURPOSES:".
    private static bool IsNoteToReader(string key) =>
        key.StartsWith("NOTE ", StringComparison.Ordinal) || key.StartsWith("NOTES ", StringComparison.Ordinal);

    public static SpeakerLabel? Match(string line)
    {
        if (line.Length == 0 || line.Length > 2000) return null;
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0) return null;

        // Each pattern below is tried only when the line has what the pattern cannot match without (an opening
        // bracket, an upper-case first letter, a colon, …): most lines of a transcript are speech, and these
        // character checks turn them away before any pattern runs.
        var first = trimmed[0];
        if (first is '[' or '(')
        {
            var timed = TimePrefix.Match(trimmed);
            if (timed.Success)
            {
                // The time marks the label: whatever label follows it counts as surely as a Rev one.
                var inner = Match(timed.Groups["after"].Value);
                return inner is null || inner.Style is LabelStyle.Diarised or LabelStyle.NameLine ? null
                    : inner with { Style = LabelStyle.Timed, Start = ParseTime(timed.Groups["time"].Value) };
            }
            if (first != '[') return null;
            var diarised = Diarised.Match(trimmed.TrimEnd());
            if (!diarised.Success) return null;
            var speaker = diarised.Groups["name"].Value;
            return IsNameLike(speaker) ? new SpeakerLabel(speaker.Trim(), string.Empty, LabelStyle.Diarised) : null;
        }

        // Every other style starts with a name, a title or "Q", all upper case.
        if (!char.IsUpper(first)) return null;
        var colon = trimmed.IndexOf(':') >= 0;
        var parenthesis = trimmed.IndexOf('(') >= 0;

        Match m;
        string name;
        if (parenthesis && LastNonSpace(trimmed) == ')')
        {
            m = NameLine.Match(trimmed.TrimEnd());
            if (m.Success && IsNameLike(name = m.Groups["name"].Value) && name.Trim().IndexOf(' ') > 0 && !StageDirections.IsStageDirection(m.Groups["paren"].Value))
            {
                var paren = m.Groups["paren"].Value.Trim();
                var party = IsPartyCode(paren);
                return new SpeakerLabel(name.Trim(), string.Empty, LabelStyle.NameLine)
                {
                    Party = party ? paren : null,
                    Affiliation = party || IsLanguageCode(paren) ? null : paren,
                };
            }
        }

        if (first == 'Q')
        {
            m = Question.Match(trimmed);
            if (m.Success) return new SpeakerLabel("Q", m.Groups["rest"].Value.Trim(), LabelStyle.Capitals);
        }

        if (colon && parenthesis)
        {
            m = RevColonFirst.Match(trimmed);
            if (!m.Success) m = RevTimeFirst.Match(trimmed);
            if (m.Success && IsNameLike(name = m.Groups["name"].Value))
                return new SpeakerLabel(name.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.Timed) { Start = ParseTime(m.Groups["time"].Value) };
        }

        if (char.IsDigit(LastNonSpace(trimmed)))
        {
            m = Otter.Match(trimmed);
            if (m.Success && IsNameLike(name = m.Groups["name"].Value))
                return new SpeakerLabel(name.Trim(), string.Empty, LabelStyle.Timed) { Start = ParseTime(m.Groups["time"].Value) };
        }

        if (line.Length > 2 && line[0] is ' ' or '\t' && line[1] is ' ' or '\t')
        {
            m = Congressional.Match(line);
            if (m.Success) return new SpeakerLabel(m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.Congressional);
        }

        // The remaining styles end their label with a colon.
        if (!colon) return null;

        if (parenthesis)
        {
            m = UnitedNations.Match(trimmed);
            if (m.Success && IsNameLike(name = m.Groups["name"].Value))
            {
                var affiliation = m.Groups["aff"].Value.Trim();
                var note = m.Groups["note"].Success ? m.Groups["note"].Value.Trim() : null;
                // "(spoke in Russian)" alone is a note, not a delegation.
                if (StageDirections.IsStageDirection(affiliation)) (affiliation, note) = (string.Empty, affiliation);
                // "Name (SL):" is an interpreted speaker's language, "Name (R-Utah):" a legislator's party: no delegation.
                string? party = null;
                if (IsPartyCode(affiliation)) (affiliation, party) = (string.Empty, affiliation);
                else if (IsLanguageCode(affiliation)) affiliation = string.Empty;
                return new SpeakerLabel(name.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.UnitedNations)
                {
                    Affiliation = affiliation.Length > 0 ? affiliation : null,
                    Note = note,
                    Party = party,
                };
            }
        }

        m = Capitals.Match(trimmed);
        if (m.Success && IsCapitalsLabel(name = m.Groups["name"].Value))
        {
            return new SpeakerLabel(name.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.Capitals)
            {
                Note = m.Groups["note"].Success ? m.Groups["note"].Value.Trim() : null,
            };
        }

        m = MixedCase.Match(trimmed);
        if (m.Success && IsNameLike(name = m.Groups["name"].Value))
            return new SpeakerLabel(name.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.MixedCase);

        return null;
    }

#if NET7_0_OR_GREATER
    private static readonly Regex CourtesyTitle = CourtesyTitlePattern();

    [GeneratedRegex(@"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|The)\b", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CourtesyTitlePattern();
#else
    private static readonly Regex CourtesyTitle = new(@"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|The)\b", Options, Timeout);
#endif

    /// <summary>Whether a label starts with a courtesy title or "The" ("Ms. DiCarlo", "The President").</summary>
    public static bool StartsWithCourtesyTitle(string label) => CourtesyTitle.IsMatch(label);

    private static bool IsCapitalsLabel(string name)
    {
        var letters = 0;
        foreach (var c in name)
            if (char.IsLetter(c)) letters++;
        if (letters < 2 || WordCount(name) > 7) return false;
        // Every word in capitals; only a word with lower case in it needs the closer look (and a copy).
        for (var start = 0; start < name.Length;)
        {
            if (name[start] is ' ' or '\t')
            {
                start++;
                continue;
            }
            var end = start;
            var lower = false;
            for (; end < name.Length && name[end] is not (' ' or '\t'); end++) lower |= char.IsLower(name[end]);
            if (lower && !LabelNames.IsCapitalsWord(name.Substring(start, end - start))) return false;
            start = end;
        }
        return !IsOrdinaryWord(LabelKey.Of(name));
    }

    // "Note:", "However:", "Honestly:": words a writer ends with a colon, never a speaker.
    private static bool IsOrdinaryWord(string key) =>
        LabelWords.NotSpeakers.Contains(key) || LabelWords.DiscourseMarkers.Contains(key) || IsNoteToReader(key);

    private static bool IsNameLike(string name)
    {
        if (name.Length > 60) return false;
        var words = WordCount(name);
        if (words == 0 || words > 6) return false;
        return !IsOrdinaryWord(LabelKey.Of(name));
    }

    // Words separated by spaces or tabs.
    private static int WordCount(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var separator = c is ' ' or '\t';
            if (!separator && !inWord) words++;
            inWord = !separator;
        }
        return words;
    }

    // The last character that is not white space (as the patterns' \s sees it), or '\0'.
    private static char LastNonSpace(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        return i >= 0 ? text[i] : '\0';
    }

    internal static TimeSpan? ParseTime(string text)
    {
        var parts = text.Replace(',', '.').Split(':');
        try
        {
            double seconds = 0;
            foreach (var part in parts) seconds = (seconds * 60) + double.Parse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
