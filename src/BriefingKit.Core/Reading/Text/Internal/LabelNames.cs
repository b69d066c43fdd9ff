// Display names and speaker kinds from labels: "MS. PSAKI" → "Ms. Psaki"; "Q" → a reporter.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BriefingKit.Reading.Text.Internal;

internal static class LabelNames
{
    private static readonly HashSet<string> PressKeys = new(StringComparer.Ordinal)
    {
        "Q", "QUESTION", "REPORTER", "PRESS", "JOURNALIST", "AUDIENCE MEMBER", "AUDIENCE", "AUDIENCE QUESTION", "PARTICIPANT",
        "QUESTIONER", "MEDIA", "CORRESPONDENT", "VOICE", "UNIDENTIFIED REPORTER", "UNIDENTIFIED SPEAKER", "STAFF",
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

    public static string DisplayName(string label)
    {
        var key = LabelKey.Of(label);
        if (key == "Q" || key == "QUESTION") return "Reporter";
        if (label.Any(char.IsLower)) return label.Trim();

        var words = label.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries)
            .Select((word, index) => TitleCaseWord(word, index == 0));
        return string.Join(" ", words);
    }

    private static string TitleCaseWord(string word, bool first)
    {
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
