namespace BriefingKit.Analysis;

/// <summary>A phrase of a list found in a text: where, the words as written, and the list's value for it.</summary>
/// <param name="Index">Where it starts.</param>
/// <param name="Length">How many characters it spans.</param>
/// <param name="Text">The words as written in the text.</param>
/// <param name="Value">What the list says the phrase means.</param>
internal readonly record struct PhraseMatch<TValue>(int Index, int Length, string Text, TValue Value);
