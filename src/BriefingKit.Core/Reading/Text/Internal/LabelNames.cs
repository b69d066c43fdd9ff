// Display names and speaker kinds from labels: "MS. PSAKI" → "Ms. Psaki"; "Q" → a reporter.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Reading.Text.Internal;

internal static class LabelNames
{
    private static readonly HashSet<string> PressKeys = new(StringComparer.Ordinal)
    {
        "Q", "QUESTION", "REPORTER", "PRESS", "JOURNALIST", "AUDIENCE MEMBER", "AUDIENCE", "AUDIENCE QUESTION", "PARTICIPANT",
        "QUESTIONER", "INTERVIEWER", "MEDIA", "CORRESPONDENT", "VOICE", "UNIDENTIFIED REPORTER", "UNIDENTIFIED SPEAKER", "STAFF",
    };

    private static readonly HashSet<string> ModeratorKeys = new(StringComparer.Ordinal)
    {
        "MODERATOR", "OPERATOR", "THE OPERATOR", "THE MODERATOR", "HOST", "EMCEE", "MC", "ANNOUNCER", "FACILITATOR",
    };

    public static SpeakerKind KindOf(string label)
    {
        var key = LabelKey.Of(label);
        if (PressKeys.Contains(key)) return SpeakerKind.Press;
        if (ModeratorKeys.Contains(key)) return SpeakerKind.Moderator;
        if (key.IndexOf("INTERPRETER", StringComparison.Ordinal) >= 0 || key.IndexOf("TRANSLATOR", StringComparison.Ordinal) >= 0) return SpeakerKind.Interpreter;
        return SpeakerKind.Unknown;
    }

    // A surname prefix written in lower case inside a capitals label: "McDONOUGH", "MacLEAN", "DeSANTIS".
    private static readonly Regex SurnamePrefix = new(@"^(?<prefix>[\p{Lu}][\p{Ll}]{1,2})(?<rest>[\p{Lu}][\p{Lu}\p{M}'’\-.]+)$", RegexOptions.CultureInvariant, RegexLimits.Timeout);

    /// <summary>Whether a word of a label is written in capitals: no lower case, or only in a surname prefix ("McDONOUGH").</summary>
    public static bool IsCapitalsWord(string word) => !word.Any(char.IsLower) || SurnamePrefix.IsMatch(word);

    public static string DisplayName(string label)
    {
        var key = LabelKey.Of(label);
        if (key == "Q" || key == "QUESTION") return "Reporter";
        var words = label.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (!words.All(IsCapitalsWord)) return label.Trim();
        return string.Join(" ", words.Select((word, index) => TitleCaseWord(word, index == 0)));
    }

    private static string TitleCaseWord(string word, bool first)
    {
        var prefixed = SurnamePrefix.Match(word);
        if (prefixed.Success) return prefixed.Groups["prefix"].Value + TitleCaseWord(prefixed.Groups["rest"].Value, first: false);
        // Initialisms with dots ("U.S.") and connectors stay as they are.
        if (word.Length > 1 && word.Count(c => c == '.') >= 2) return word;
        if (!first && word is "OF" or "THE" or "AND" or "FOR" or "DE" or "LA" or "VON" or "VAN") return word.ToLowerInvariant();
        var chars = word.ToLowerInvariant().ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (start && char.IsLetter(chars[i])) chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
            start = chars[i] is '-' or '\'' or '’';
        }
        return new string(chars);
    }
}
