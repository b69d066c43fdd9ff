using System.Collections.Generic;

namespace BriefingKit.Analysis;

/// <summary>What a sentence's subjects can refer to: the turn's speaker, the last person named, the main parties.</summary>
internal sealed record SubjectContext(SpeakerRoster Roster, Speaker? TurnSpeaker, Speaker? LastPerson, IReadOnlyList<string> Participants);
