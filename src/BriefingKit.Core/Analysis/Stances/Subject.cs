namespace BriefingKit.Analysis;

/// <summary>Who takes a stance: an actor, and the speaker who expressed it when known.</summary>
internal sealed record Subject(string Actor, string? SpeakerId);
