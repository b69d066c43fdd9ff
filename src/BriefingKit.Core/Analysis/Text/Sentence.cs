namespace BriefingKit.Analysis;

/// <summary>A sentence of a turn, with where it is.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="TurnIndex">The index of its turn in <see cref="Transcript.Turns"/>.</param>
/// <param name="Offset">Where it starts in the turn's text.</param>
/// <param name="Line">The 1-based input line of its paragraph.</param>
/// <param name="Paragraph">The index of its paragraph within the turn.</param>
internal sealed record Sentence(string Text, int TurnIndex, int Offset, int Line, int Paragraph);
