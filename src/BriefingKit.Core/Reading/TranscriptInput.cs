// One input as the readers see it: its bytes, and its text decoded once on demand.
using System;
using System.IO;
using System.Threading;
using BriefingKit.Reading.Internal;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// An input document: its name, its raw bytes, and (for text formats) its decoded text.
/// The text is decoded on first use from UTF-8 or UTF-16 (with or without byte order mark);
/// binary or wrongly encoded input raises <see cref="TranscriptFormatException"/>.
/// </summary>
public sealed class TranscriptInput
{
    private readonly Lazy<DecodedText> _decoded;
    private readonly Lazy<Json.Internal.JsonSniff?> _jsonSniff;
    private string[]? _lines;
    private LineLabels? _lineLabels;

    /// <summary>Creates an input.</summary>
    /// <param name="bytes">The input's bytes.</param>
    /// <param name="fileName">The file name or path, used in messages and as a format hint.</param>
    public TranscriptInput(ReadOnlyMemory<byte> bytes, string? fileName = null)
    {
        Bytes = bytes;
        FileName = fileName;
        _decoded = new Lazy<DecodedText>(() => TextDecoder.Decode(Bytes.Span, FileName));
        _jsonSniff = new Lazy<Json.Internal.JsonSniff?>(() => Json.Internal.JsonSniff.Look(this));
    }

    /// <summary>What the start of the input shows of a JSON document, for the JSON readers' detection (looked at once).</summary>
    internal Json.Internal.JsonSniff? JsonSniff => _jsonSniff.Value;

    /// <summary>The text split into lines, once for detection and reading (shared: callers must not change it).</summary>
    internal string[] Lines => LazyInitializer.EnsureInitialized(ref _lines, () => TextLines.Split(Text))!;

    /// <summary>The speaker labels matched on <see cref="Lines"/>, as far as detection and reading have asked.</summary>
    internal LineLabels LineLabels => LazyInitializer.EnsureInitialized(ref _lineLabels, () => new LineLabels(Lines))!;

    /// <summary>The file name or path, when known.</summary>
    public string? FileName { get; }

    /// <summary>The lower-case file extension with its dot (<c>.vtt</c>), or an empty string.</summary>
    public string Extension => FileName is null ? string.Empty : Path.GetExtension(FileName).ToLowerInvariant();

    /// <summary>The raw bytes.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>Whether the bytes start like a zip archive (a .docx).</summary>
    public bool IsZip => Bytes.Length >= 4 && Bytes.Span[0] == (byte)'P' && Bytes.Span[1] == (byte)'K' && Bytes.Span[2] == 3 && Bytes.Span[3] == 4;

    /// <summary>
    /// The decoded text, with line ends normalised to <c>\n</c>, any byte order mark removed and
    /// characters illegal in XML 1.0 dropped (each drop reported in <see cref="DecodingWarnings"/>).
    /// </summary>
    /// <exception cref="TranscriptFormatException">The bytes are not text in a supported encoding.</exception>
    public string Text => _decoded.Value.Text;

    /// <summary>Recoverable oddities met while decoding (control characters removed, …).</summary>
    public ValueList<Diagnostic> DecodingWarnings => _decoded.Value.Warnings;

    /// <summary>Whether the bytes decode as text (without throwing).</summary>
    public bool IsText
    {
        get
        {
            if (IsZip) return false;
            try
            {
                _ = _decoded.Value;
                return true;
            }
            catch (TranscriptFormatException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// The text's UTF-8 bytes, or <see langword="null"/> when they are not the input's own (another encoding, a byte
    /// order mark, cleaned characters) or the input is not text: then encode <see cref="Text"/>.
    /// </summary>
    internal ReadOnlyMemory<byte>? Utf8Text => IsText && _decoded.Value.IsUtf8OfInput ? Bytes : (ReadOnlyMemory<byte>?)null;

    /// <summary>The first <paramref name="maxChars"/> characters of the text, or empty for non-text input.</summary>
    /// <param name="maxChars">How many characters at most.</param>
    /// <returns>The start of the text.</returns>
    public string Head(int maxChars = 4096)
    {
        if (!IsText) return string.Empty;
        var text = Text;
        return text.Length <= maxChars ? text : text.Substring(0, maxChars);
    }
}
