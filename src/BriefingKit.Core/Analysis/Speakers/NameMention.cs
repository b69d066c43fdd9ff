// Finds how a document writes a person's full name: "Press Secretary Jen Psaki",
// "President Joseph R. Biden, Jr.", "Prime Minister Suga of Japan".
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal sealed record NameMention(string FullName, string? Role)
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>The first "Given [Middle] Surname" in the title, else the text, with the role words before it.</summary>
    public static NameMention? Find(string surname, string? title, string text)
    {
        var pattern = new Regex(
            @"(?<before>(?:(?:[\p{Lu}][\p{L}'’\-]*\.?|of)\s+){0,6})(?<given>(?:[\p{Lu}][\p{L}'’\-]*\.?\s+){1,3})" + Regex.Escape(surname) + @"\b",
            Options, Timeout);
        foreach (var source in new[] { title ?? string.Empty, text })
        {
            foreach (Match match in pattern.Matches(source))
            {
                var words = (match.Groups["before"].Value + match.Groups["given"].Value).Split(new[] { ' ', '\t', '\n' }, StringSplitOptions.RemoveEmptyEntries);
                var firstGiven = words.Length;
                while (firstGiven > 0 && !RoleWords.IsRoleWord(words[firstGiven - 1])) firstGiven--;
                var given = words.Skip(firstGiven).ToArray();
                if (given.Length == 0 || given.Length > 3) continue;
                // "of" joins role words ("Secretary of State") but cannot start one.
                var roleWords = words.Take(firstGiven).Reverse().TakeWhile(RoleWords.IsRoleWord).Reverse().Where(w => !RoleWords.IsHonorific(w))
                    .SkipWhile(w => string.Equals(w, "of", StringComparison.OrdinalIgnoreCase)).ToArray();
                return new NameMention(string.Join(" ", given) + " " + surname, roleWords.Length > 0 ? string.Join(" ", roleWords) : null);
            }
        }
        return null;
    }

    /// <summary>"Suga of Japan" → "Japan": the country written after the name.</summary>
    public static string? CountryAfter(string surname, string? title, string text)
    {
        var pattern = new Regex(Regex.Escape(surname) + @"\s+of\s+(?:the\s+)?(?<place>[\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,3})", Options, Timeout);
        foreach (var source in new[] { title ?? string.Empty, text })
        {
            var match = pattern.Match(source);
            if (match.Success) return match.Groups["place"].Value;
        }
        return null;
    }
}
