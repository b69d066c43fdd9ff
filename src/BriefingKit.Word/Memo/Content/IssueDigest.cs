// One issue of the memo: its weight across inputs and the actors' positions on it.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed record IssueDigest(string Id, string Name, int Mentions, int PositionCount, int Sources, IReadOnlyList<ActorPosition> Actors, IReadOnlyList<IssueEntry> Entries)
{
    public int Weight => Mentions + PositionCount;

    /// <summary>The section heading: <see cref="Name"/>, narrowed to what the evidence is about (<see cref="IssueHeading"/>).</summary>
    public string Heading { get; init; } = Name;
}
