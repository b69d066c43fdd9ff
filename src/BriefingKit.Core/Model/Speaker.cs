namespace BriefingKit;

/// <summary>A person who speaks in, or is reported by, a transcript.</summary>
/// <param name="Id">Identifier unique within the transcript (<c>s1</c>, <c>s2</c>, …).</param>
/// <param name="Name">The person's full name as resolved, or the label when no name is known.</param>
public sealed record Speaker(string Id, string Name)
{
    /// <summary>The label the transcript uses (<c>MS. PSAKI</c>, <c>Secretary Tillerson</c>).</summary>
    public string? Label { get; init; }

    /// <summary>The person's role (<c>Press Secretary</c>).</summary>
    public string? Role { get; init; }

    /// <summary>The actor the person speaks for, by canonical name (<c>United States</c>).</summary>
    public string? Affiliation { get; init; }

    /// <summary>The part the person plays.</summary>
    public SpeakerKind Kind { get; init; } = SpeakerKind.Unknown;
}
