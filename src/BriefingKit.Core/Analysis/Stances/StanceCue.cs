namespace BriefingKit.Analysis;

/// <summary>A cue phrase's stances: as written, negated, and followed by an infinitive.</summary>
/// <param name="Stance">The stance the phrase expresses.</param>
/// <param name="Negated">The stance when negated ("did not agree" → reject), or null when a negated cue states none ("has not announced").</param>
/// <param name="Infinitive">The stance before "to + verb" ("agreed to establish" → commit), when different.</param>
/// <param name="Evaluative">Whether the cue is an evaluative word ("brutal") whose holder is the speaker or the clause's subject, never the actor it describes ("Russia's brutal war").</param>
internal sealed record StanceCue(Stance Stance, Stance? Negated, Stance? Infinitive, bool Evaluative = false)
{
    /// <summary>
    /// Whether the phrase states no stance although it contains a cue ("narrowed the differences"): matched only so
    /// that the shorter cue inside it ("differences") is not.
    /// </summary>
    internal bool StatesNone { get; init; }
}
