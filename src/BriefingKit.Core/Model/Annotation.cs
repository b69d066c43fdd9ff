namespace BriefingKit;

/// <summary>Text in the input that is not speech: a stage direction, time mark or end mark.</summary>
/// <param name="Text">The annotation as written (<c>(Laughter.)</c>, <c>5:05 P.M. EDT</c>).</param>
/// <param name="Line">The 1-based line it is on.</param>
public sealed record Annotation(string Text, int Line);
