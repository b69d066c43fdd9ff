namespace BriefingKit;

/// <summary>An actor's stance on an issue, with the sentence that shows it.</summary>
/// <param name="Actor">The canonical actor name (<c>United States</c>).</param>
/// <param name="Issue">The taxonomy id of the issue.</param>
/// <param name="Stance">The stance taken.</param>
public sealed record Position(string Actor, string Issue, Stance Stance)
{
    /// <summary>The <see cref="Speaker.Id"/> of who expressed it, when known.</summary>
    public string? Speaker { get; init; }

    /// <summary>The evidence sentence.</summary>
    public string? Evidence { get; init; }

    /// <summary>The 1-based line of the evidence.</summary>
    public int Line { get; init; }
}
