// The shape of a speaker label, so a label a document uses once can be told by the labels it
// uses a lot: "Mr. Vanocur:" once among many "Mr. Nixon:" and "Senator Kennedy:", "Speaker 3:"
// once among "Speaker 1:" and "Speaker 2:".
using System;
using System.Linq;
using System.Text.RegularExpressions;
using BriefingKit.Analysis;

namespace BriefingKit.Reading.Text.Internal;

internal static class LabelShapes
{
    private static readonly Regex Numbered = new(@"^(?<word>\p{L}+)[ \t]*(?<n>\d{1,3})$", RegexOptions.CultureInvariant, RegexLimits.Timeout);

    /// <summary>How many paragraphs must carry labels of a shape before that shape vouches for a label seen once.</summary>
    public const int EstablishedCount = 3;

    /// <summary>
    /// The shape of a label: <c>numbered SPEAKER</c> ("Speaker 3"), <c>titled</c> (a courtesy or role title and a
    /// name: "Mr. Nixon", "Senator Kennedy", "The President"), <c>full name</c> ("John F Kennedy"), <c>single</c>
    /// ("Brokaw", "Coach"); case does not matter. <see langword="null"/> for anything else.
    /// </summary>
    public static string? Of(string label)
    {
        var numbered = Numbered.Match(label.Trim());
        if (numbered.Success) return "numbered " + numbered.Groups["word"].Value.ToUpperInvariant();
        var words = label.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Any(w => !char.IsUpper(w[0]))) return null;
        if (IsTitled(words)) return "titled";
        if (words.Length == 1) return "single";
        return words.Length <= 4 ? "full name" : null;
    }

    /// <summary>Whether a shape names a person (or a part such as "Moderator"), not a numbered placeholder.</summary>
    public static bool IsPerson(string shape) => !shape.StartsWith("numbered ", StringComparison.Ordinal);

    /// <summary>
    /// Whether a label seen once may be taken on its shape: a titled name always ("Mr. Young"); otherwise its
    /// words must not be common English words ("Brokaw" yes, "Bottom Line" no).
    /// </summary>
    public static bool MayStandAlone(string label, string shape)
    {
        if (shape == "titled" || shape.StartsWith("numbered ", StringComparison.Ordinal)) return true;
        var words = LabelKey.Of(label).Split(' ');
        // Initials ("John F Kennedy") are part of a name; "A", "I" are common words.
        return words.Any(w => w.Length > 1) && !words.Any(LabelWords.CommonWords.Contains);
    }

    // "The" counts as a title only before a role ("The President", not "The Problem").
    private static bool IsTitled(string[] words)
    {
        if (words.Length < 2) return false;
        if (string.Equals(words[0], "The", StringComparison.OrdinalIgnoreCase)) return RoleWords.IsRoleWord(words[1]) && !RoleWords.IsHonorific(words[1]);
        return RoleWords.IsRoleWord(words[0]);
    }
}
