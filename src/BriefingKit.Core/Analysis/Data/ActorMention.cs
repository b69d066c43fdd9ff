namespace BriefingKit.Analysis;

/// <summary>Where a text names an actor.</summary>
/// <param name="Actor">The canonical actor name.</param>
/// <param name="Index">Where the mention starts.</param>
/// <param name="Length">How long the mention is.</param>
/// <param name="IsAdjective">Whether the mention is an adjective (<c>Russian</c>) rather than a name.</param>
public sealed record ActorMention(string Actor, int Index, int Length, bool IsAdjective);
