// One sentence shown as a block quote under an actor's position, with who said it and where.
using System;

namespace BriefingKit.Word.Memo.Content;

internal sealed record Evidence(string Text, Transcript Source, int Line)
{
    /// <summary>The speaker, when the sentence can be put in someone's mouth.</summary>
    public Speaker? Speaker { get; init; }

    /// <summary>True when the sentence is the speaker's own words (a labelled turn); false when a text reports it.</summary>
    public bool Spoken { get; init; }

    /// <summary>Where the sentence starts in a recording, when the transcript has times.</summary>
    public TimeSpan? Start { get; init; }
}
