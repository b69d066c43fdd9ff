namespace BriefingKit;

/// <summary>An issue from the taxonomy that the transcript substantively discusses.</summary>
/// <param name="Id">The taxonomy id (<c>north-korea</c>).</param>
/// <param name="Name">The display name (<c>North Korea</c>).</param>
public sealed record IssueMention(string Id, string Name)
{
    /// <summary>How many times the issue's terms occur.</summary>
    public int Mentions { get; init; }
}
