using System.Collections.Generic;

namespace BriefingKit.Analysis;

/// <summary>What a sentence's subjects can refer to: the turn's speaker, the last person named, the main parties.</summary>
/// <param name="Roster">The transcript's speakers.</param>
/// <param name="TurnSpeaker">Who speaks the sentence, in a labelled transcript.</param>
/// <param name="LastPerson">The person named most recently, for "he" and "she".</param>
/// <param name="Participants">The main parties, for "both sides".</param>
/// <param name="JointVoice">Whether "we" speaks for all the main parties (a joint press conference or joint statement).</param>
/// <param name="Author">Whose side "we" is in an unlabelled text that is not joint (a readout or statement): the official its title names first.</param>
internal sealed record SubjectContext(SpeakerRoster Roster, Speaker? TurnSpeaker, Speaker? LastPerson, IReadOnlyList<string> Participants, bool JointVoice, Speaker? Author = null);
