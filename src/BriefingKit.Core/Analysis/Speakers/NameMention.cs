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
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;

    /// <summary>Every "Given [Middle] Surname" in the title, then the text, in order, with the role words before each.</summary>
    public static IEnumerable<NameMention> FindAll(string surname, string? title, string text)
    {
        foreach (var source in new[] { title ?? string.Empty, text })
        {
            // Each place the surname is written, then the capitalised words just before it.
            for (var at = source.IndexOf(surname, StringComparison.Ordinal); at >= 0; at = source.IndexOf(surname, at + surname.Length, StringComparison.Ordinal))
            {
                var end = at + surname.Length;
                if ((at > 0 && char.IsLetter(source[at - 1])) || (end < source.Length && char.IsLetter(source[end]))) continue;
                var words = WordsBefore(source, at, 9);
                var firstGiven = words.Count;
                while (firstGiven > 0 && !RoleWords.IsRoleWord(words[firstGiven - 1])) firstGiven--;
                var given = words.Skip(firstGiven).ToArray();
                if (given.Length == 0 || given.Length > 3) continue;
                // "of" joins role words ("Secretary of State") but cannot start one.
                var roleWords = words.Take(firstGiven).Reverse().TakeWhile(RoleWords.IsRoleWord).Reverse().Where(w => !RoleWords.IsHonorific(w))
                    .SkipWhile(w => string.Equals(w, "of", StringComparison.OrdinalIgnoreCase)).ToArray();
                yield return new NameMention(string.Join(" ", given) + " " + surname, roleWords.Length > 0 ? string.Join(" ", roleWords) : null);
            }
        }
    }

    /// <summary>Up to <paramref name="max"/> capitalised words that run up to <paramref name="index"/>, in order.</summary>
    private static List<string> WordsBefore(string source, int index, int max)
    {
        var words = new List<string>();
        var i = index;
        while (words.Count < max)
        {
            var j = i;
            while (j > 0 && (source[j - 1] == ' ' || source[j - 1] == '\t' || source[j - 1] == '\n')) j--;
            if (j == i || j == 0) break;
            var k = j;
            while (k > 0 && (char.IsLetter(source[k - 1]) || source[k - 1] is '\'' or '’' or '-' or '.')) k--;
            var word = source.Substring(k, j - k);
            // "of" joins role words: "Secretary of State Rex Tillerson".
            if (word.Length == 0 || !(char.IsUpper(word[0]) || word == "of")) break;
            words.Insert(0, word);
            i = k;
        }
        return words;
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
