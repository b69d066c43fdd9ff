// Splits a speaker label into its role and its name: "Ms. Psaki" → (null, "Psaki");
// "President Biden" → ("President", "Biden"); "The President" → ("President", null);
// "Ned Price" → (null, "Ned Price").
using System;
using System.Linq;

namespace BriefingKit.Analysis;

internal sealed record LabelParts(string? Role, string? Name)
{
    public string? Surname => Name is null ? null : PeopleDirectory.Surname(Name);

    /// <summary>Whether the name has a given name too ("Ned Price"), not just a surname.</summary>
    public bool IsFullName => Name is not null && Name.Split(' ').Length >= 2;

    public static LabelParts Parse(string label)
    {
        var words = label.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        var roleLength = 0;
        while (roleLength < words.Length && RoleWords.IsRoleWord(words[roleLength])) roleLength++;
        var roleWords = words.Take(roleLength).Where(w => !RoleWords.IsHonorific(w)).ToArray();
        // "Sen. Jane Doe" holds the role "Senator".
        var role = roleWords.Length > 0 ? RoleWords.Expand(string.Join(" ", roleWords)) : null;
        var name = roleLength < words.Length ? string.Join(" ", words.Skip(roleLength)) : null;
        return new LabelParts(role, name);
    }
}
