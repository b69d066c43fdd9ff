// Recognises the speaker-label conventions of SPEC §3 at the start of a line.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Reading.Text.Internal;

internal static class SpeakerLabelMatcher
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
    private const string Time = @"(?<time>(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)";
    private const string NameWords = @"[\p{Lu}][\p{L}\p{M}.'’\-]*(?:[ \t]+(?:[\p{Lu}\d][\p{L}\p{M}\d.'’\-]*|of|de|la|da|al|el|van|von|bin|der|du|y))*";

    // Q    text / Q: text / Q alone (White House, State Department).
    // "Q and A will follow" and "Q&A:" are not a reporter.
    private static readonly Regex Question = new(@"^Q(?!\s*(?:and|&|n)\s*A\b)(?:\s*[:.]\s*|\s+|$)(?<rest>.*)$", Options, Timeout);

    // Rev: "Ned Price: (00:00)" or "Ned Price (00:00):", speech on the same or next line.
    private static readonly Regex RevColonFirst = new(@"^(?<name>" + NameWords + @"):\s*\(" + Time + @"\)\s*(?<rest>.*)$", Options, Timeout);
    private static readonly Regex RevTimeFirst = new(@"^(?<name>" + NameWords + @")\s*\(" + Time + @"\)\s*:\s*(?<rest>.*)$", Options, Timeout);

    // Otter (and Teams .docx exports): "Emma  2:20" alone on its line.
    private static readonly Regex Otter = new(@"^(?<name>" + NameWords + @")[ \t]+" + Time + @"\s*$", Options, Timeout);

    // UN verbatim records: "Mr. Nebenzia (Russian Federation) (spoke in Russian):".
    private static readonly Regex UnitedNations = new(
        @"^(?<name>(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?" + NameWords + @")\s*\((?<aff>[^()]{2,80})\)(?:\s*\((?<note>[^()]{2,80})\))?\s*:\s*(?<rest>.*)$",
        Options, Timeout);

    // Congressional hearings: an indented "Senator Reed." or "The Chairman." then the speech.
    private static readonly Regex Congressional = new(
        @"^[ \t]{2,}(?<name>(?:The\s+)?(?:Chairman|Chairwoman|Chairperson|Chair|Clerk|Vice\s+Chairman|Ranking\s+Member|Senator|Representative|Secretary|General|Admiral|Ambassador|Governor|Director|Mr\.|Ms\.|Mrs\.|Dr\.)(?:\s+[\p{Lu}][\p{L}\p{M}'’\-]+){0,3})\.\s+(?<rest>\S.*)$",
        Options, Timeout);

    // Capitals: "MS. PSAKI:", "PRESIDENT BIDEN:", "SECRETARY TILLERSON:", "PRESIDENT YOON:  (As interpreted.)",
    // "SECRETARY McDONOUGH:" (lower case is allowed here and checked word by word in IsCapitalsLabel).
    private static readonly Regex Capitals = new(
        @"^(?<name>[\p{Lu}][\p{Lu}\p{Ll}\p{M}\d.'’\-&/ \t]{0,60}?)\s*(?:\((?<note>[^()]{1,60})\))?\s*:(?:\s+(?<rest>.*))?$", Options, Timeout);

    // Mixed case: "Ned Price: text", "Speaker 1: text", "The President: text".
    private static readonly Regex MixedCase = new(
        @"^(?<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gen|Adm|Amb|Prof)\.?\s+)?" + NameWords + @")\s*:\s+(?<rest>\S.*)$", Options, Timeout);

    // Words that end in a colon at the start of a line without being speakers.
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.Ordinal)
    {
        "NOTE", "NOTES", "UPDATE", "UPDATED", "EDITOR S NOTE", "EDITORS NOTE", "SOURCE", "SOURCES", "PHOTO", "DATE", "TIME",
        "LOCATION", "SUBJECT", "RE", "TO", "FROM", "CC", "BCC", "WHEN", "WHERE", "WHAT", "WHO", "WHY", "HOW", "AGENDA",
        "ATTENDEES", "PARTICIPANTS", "PRESENT", "SUMMARY", "BACKGROUND", "CONTACT", "TITLE", "TAGS", "URL", "LINK", "LINKS",
        "WARNING", "IMPORTANT", "EXAMPLE", "TRANSCRIPT", "TRANSLATION", "P S", "PS", "ALSO", "AND", "BUT", "SO", "FACT SHEET",
        "READ MORE", "WATCH", "LISTEN", "EMBARGOED", "FOR IMMEDIATE RELEASE", "MEDIA NOTE", "READOUT", "STATEMENT", "RELATED",
        "VIDEO", "AUDIO", "IMAGE", "FIGURE", "TABLE", "CHART", "DRAFT", "CLASSIFICATION", "Q AND A", "THE BOTTOM LINE",
        "QA", "CORRECTION", "CORRECTIONS", "CLARIFICATION", "DISCLAIMER", "AS PREPARED FOR DELIVERY", "AS DELIVERED",
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY", "TONIGHT", "TOMORROW", "YESTERDAY",
    };

    // Notes to the reader: "NOTE TO EDITORS:", "NOTE TO CORRESPONDENTS:", "NOTES FOR PLANNING PURPOSES:".
    private static bool IsNoteToReader(string key) =>
        key.StartsWith("NOTE ", StringComparison.Ordinal) || key.StartsWith("NOTES ", StringComparison.Ordinal);

    public static SpeakerLabel? Match(string line)
    {
        if (line.Length == 0 || line.Length > 2000) return null;
        var trimmed = line.TrimStart();

        var m = Question.Match(trimmed);
        if (m.Success) return new SpeakerLabel("Q", m.Groups["rest"].Value.Trim(), LabelStyle.Capitals);

        m = RevColonFirst.Match(trimmed);
        if (!m.Success) m = RevTimeFirst.Match(trimmed);
        if (m.Success && IsNameLike(m.Groups["name"].Value))
            return new SpeakerLabel(m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.Timed) { Start = ParseTime(m.Groups["time"].Value) };

        m = Otter.Match(trimmed);
        if (m.Success && IsNameLike(m.Groups["name"].Value))
            return new SpeakerLabel(m.Groups["name"].Value.Trim(), string.Empty, LabelStyle.Timed) { Start = ParseTime(m.Groups["time"].Value) };

        m = Congressional.Match(line);
        if (m.Success) return new SpeakerLabel(m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.Congressional);

        m = UnitedNations.Match(trimmed);
        if (m.Success && IsNameLike(m.Groups["name"].Value))
        {
            var affiliation = m.Groups["aff"].Value.Trim();
            var note = m.Groups["note"].Success ? m.Groups["note"].Value.Trim() : null;
            // "(spoke in Russian)" alone is a note, not a delegation.
            if (StageDirections.IsStageDirection(affiliation)) (affiliation, note) = (string.Empty, affiliation);
            return new SpeakerLabel(m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.UnitedNations)
            {
                Affiliation = affiliation.Length > 0 ? affiliation : null,
                Note = note,
            };
        }

        m = Capitals.Match(trimmed);
        if (m.Success && IsCapitalsLabel(m.Groups["name"].Value))
        {
            return new SpeakerLabel(m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.Capitals)
            {
                Note = m.Groups["note"].Success ? m.Groups["note"].Value.Trim() : null,
            };
        }

        m = MixedCase.Match(trimmed);
        if (m.Success && IsNameLike(m.Groups["name"].Value))
            return new SpeakerLabel(m.Groups["name"].Value.Trim(), m.Groups["rest"].Value.Trim(), LabelStyle.MixedCase);

        return null;
    }

    private static readonly Regex CourtesyTitle = new(@"^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|The)\b", Options, Timeout);

    /// <summary>Whether a label starts with a courtesy title or "The" ("Ms. DiCarlo", "The President").</summary>
    public static bool StartsWithCourtesyTitle(string label) => CourtesyTitle.IsMatch(label);

    private static bool IsCapitalsLabel(string name)
    {
        var letters = name.Count(char.IsLetter);
        if (letters < 2) return false;
        var words = name.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 7 || !words.All(LabelNames.IsCapitalsWord)) return false;
        var key = LabelKey.Of(name);
        return !NotSpeakers.Contains(key) && !IsNoteToReader(key);
    }

    private static bool IsNameLike(string name)
    {
        var words = name.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 6 || name.Length > 60) return false;
        var key = LabelKey.Of(name);
        return !NotSpeakers.Contains(key) && !IsNoteToReader(key);
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
