// How names are compared: case-, accent- and look-alike-insensitively, so "Erdoğan" and
// "Erdogan", "Niinistö" and "Niinistӧ" (a Cyrillic letter typed for the Latin one), "KALIN"
// and "Kalın" are the same name. One place for the rule, used by the people list, the speaker
// roster and the speaker merger.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace BriefingKit.Analysis;

internal static class NameKey
{
    /// <summary>Compares names by <see cref="Fold"/>.</summary>
    public static StringComparer Comparer { get; } = new FoldedComparer();

    // Cyrillic and Greek letters that look like Latin ones and turn up in names pasted from other
    // alphabets or typed on another keyboard layout.
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['ӧ'] = 'o', ['р'] = 'p',
        ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ї'] = 'i', ['ј'] = 'j', ['ѕ'] = 's', ['ԁ'] = 'd', ['ԛ'] = 'q',
        ['ӓ'] = 'a', ['ӱ'] = 'u', ['α'] = 'a', ['ο'] = 'o', ['ρ'] = 'p', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['τ'] = 't',
        ['ı'] = 'i', ['ł'] = 'l', ['ø'] = 'o', ['đ'] = 'd', ['ð'] = 'd', ['ħ'] = 'h', ['ŧ'] = 't',
        ['’'] = '\'', ['‘'] = '\'', ['‐'] = '-', ['‑'] = '-', ['–'] = '-',
    };

    /// <summary>Lower case, no diacritics, look-alike letters as their Latin twins.</summary>
    public static string Fold(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var lower = name.ToLowerInvariant();
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(LookAlikes.TryGetValue(c, out var latin) ? latin : c);
        }
        // Look-alikes may themselves decompose ("ӧ" → "о" + mark): map once more after the marks are gone.
        for (var i = 0; i < builder.Length; i++)
            if (LookAlikes.TryGetValue(builder[i], out var latin)) builder[i] = latin;
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Whether two names are the same by <see cref="Fold"/>.</summary>
    public static bool Same(string a, string b) => string.Equals(Fold(a), Fold(b), StringComparison.Ordinal);

    /// <summary>
    /// The folded words that identify a person in a name: no honorifics or titles ("Mr.", "Senator"),
    /// no initials ("F."), no generational suffixes ("Jr."). "Sen. John F. Kennedy Jr." → [john, kennedy].
    /// </summary>
    public static IReadOnlyList<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var raw in name.Replace(",", " ").Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim('.', ',', '(', ')', '"', '“', '”');
            if (word.Length == 0 || IsSuffix(word) || IsInitial(word)) continue;
            if (words.Count == 0 && RoleWords.IsRoleWord(word)) continue;
            words.Add(Fold(word));
        }
        return words;
    }

    /// <summary>"F", "F.", "J.R.": an initial, not a name.</summary>
    public static bool IsInitial(string word)
    {
        var letters = word.Replace(".", string.Empty);
        return letters.Length == 1 || (word.IndexOf('.') > 0 && letters.Length <= 3 && letters.All(char.IsUpper));
    }

    /// <summary>"Jr.", "Sr.", "III": a generational suffix (<c>generationalSuffixes</c> in names.json).</summary>
    public static bool IsSuffix(string word) => NameWords.Default.IsSuffix(word);

    private sealed class FoldedComparer : StringComparer
    {
        public override int Compare(string? x, string? y) =>
            string.CompareOrdinal(x is null ? null : Fold(x), y is null ? null : Fold(y));

        public override bool Equals(string? x, string? y) =>
            x is null || y is null ? ReferenceEquals(x, y) : string.Equals(Fold(x), Fold(y), StringComparison.Ordinal);

        public override int GetHashCode(string obj) => obj is null ? 0 : StringComparer.Ordinal.GetHashCode(Fold(obj));
    }
}
