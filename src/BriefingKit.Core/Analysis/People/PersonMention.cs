namespace BriefingKit.Analysis;

/// <summary>A titled mention of a person in text: "Russian Foreign Minister Sergey Lavrov".</summary>
/// <param name="Text">The whole mention as written.</param>
/// <param name="Index">Where it starts in the sentence.</param>
/// <param name="Length">Its length.</param>
/// <param name="Name">The name part ("Sergey Lavrov", or "Lavrov").</param>
/// <param name="Role">The role part ("Foreign Minister"), when written.</param>
/// <param name="Affiliation">The actor named with it ("Russia" from "Russian …" or "… of Russia").</param>
internal sealed record PersonMention(string Text, int Index, int Length, string Name, string? Role, string? Affiliation)
{
    public string Surname => PeopleDirectory.Surname(Name);

    public bool IsFullName => Name.IndexOf(' ') > 0;
}
