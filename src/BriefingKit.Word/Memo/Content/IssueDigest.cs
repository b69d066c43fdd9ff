// One issue of the memo: its weight across inputs and the actors' positions on it.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed record IssueDigest(string Id, string Name, int Mentions, int PositionCount, int Sources, IReadOnlyList<ActorPosition> Actors, IReadOnlyList<IssueEntry> Entries)
{
    public int Weight => Mentions + PositionCount;
}
