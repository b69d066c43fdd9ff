namespace BriefingKit.Analysis;

/// <summary>An issue of the taxonomy: its id, display name and the phrases that signal it.</summary>
/// <param name="Id">The id (<c>north-korea</c>).</param>
/// <param name="Name">The display name (<c>North Korea</c>).</param>
/// <param name="Terms">Phrases that clearly signal the issue.</param>
/// <param name="Related">Weaker phrases that count only once the issue is signalled.</param>
public sealed record IssueDefinition(string Id, string Name, ValueList<string> Terms, ValueList<string> Related)
{
    /// <summary>One sentence on what the issue covers.</summary>
    public string? Description { get; init; }

    /// <summary>Nouns that signal the issue after two names joined by a hyphen ("relationship" in "the U.S.-Israel relationship").</summary>
    public ValueList<string> AfterNamePair { get; init; } = ValueList<string>.Empty;
}
