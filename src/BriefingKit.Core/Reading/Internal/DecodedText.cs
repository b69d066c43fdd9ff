namespace BriefingKit.Reading.Internal;

/// <summary>Decoded, cleaned text and its warnings.</summary>
/// <param name="Text">The text.</param>
/// <param name="Warnings">What cleaning changed.</param>
/// <param name="IsUtf8OfInput">Whether the text is exactly the input's bytes read as UTF-8 (no byte order mark, nothing
/// cleaned), so those bytes are its UTF-8 encoding and need not be made again.</param>
internal sealed record DecodedText(string Text, ValueList<Diagnostic> Warnings, bool IsUtf8OfInput = false);
