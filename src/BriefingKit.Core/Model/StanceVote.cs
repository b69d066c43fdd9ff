using System;

namespace BriefingKit;

/// <summary>One piece of evidence for an actor's stance on an issue, as <see cref="Stances.Net"/> weighs it.</summary>
/// <param name="Stance">The stance the evidence shows.</param>
/// <param name="Sentence">What identifies the evidence sentence (its source and text): two cues of one sentence are one vote.</param>
/// <param name="Date">When it was said, if known: a tie goes to the most recent.</param>
public readonly record struct StanceVote(Stance Stance, string Sentence, DateTime? Date);
