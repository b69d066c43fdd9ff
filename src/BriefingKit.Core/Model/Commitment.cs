namespace BriefingKit;

/// <summary>Something one or more actors agreed or pledged to do.</summary>
/// <param name="Actors">The canonical names of the committing actors.</param>
/// <param name="Text">What was committed.</param>
public sealed record Commitment(ValueList<string> Actors, string Text)
{
    /// <summary>The taxonomy id of the issue it concerns, when known.</summary>
    public string? Issue { get; init; }

    /// <summary>The 1-based line it is stated on.</summary>
    public int Line { get; init; }
}
