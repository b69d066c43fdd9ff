// Turns input bytes into clean text: detects UTF-8/UTF-16 (BOM or not), refuses binary and
// wrongly encoded data with the line at fault, normalises line ends and drops characters
// that XML 1.0 forbids, so nothing read can later break a .docx or .xlsx.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BriefingKit.Reading.Internal;

internal static class TextDecoder
{
    private const int ProbeLength = 8192;

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? fileName)
    {
        var (encoding, skip) = DetectEncoding(bytes, fileName);
        string text;
        try
        {
#if NETSTANDARD2_0
            text = encoding.GetString(bytes.Slice(skip).ToArray());
#else
            text = encoding.GetString(bytes.Slice(skip));
#endif
        }
        catch (DecoderFallbackException ex)
        {
            var offset = skip + Math.Max(0, ex.Index);
            throw new TranscriptFormatException(
                fileName, LineOfOffset(bytes, offset),
                string.Format(CultureInfo.InvariantCulture,
                    "not valid {0} at byte {1} (0x{2:X2}); the file may be in another encoding such as Windows-1252 — save it as UTF-8",
                    encoding.WebName.ToUpperInvariant(), offset, offset < bytes.Length ? bytes[offset] : 0));
        }

        var warnings = new List<Diagnostic>();
        var clean = Clean(text, fileName, warnings);
        return new DecodedText(clean, warnings.ToValueList(), ReferenceEquals(encoding, StrictUtf8) && skip == 0 && ReferenceEquals(clean, text));
    }

    private static (Encoding Encoding, int Skip) DetectEncoding(ReadOnlySpan<byte> bytes, string? fileName)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return (StrictUtf8, 3);
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return (new UnicodeEncoding(false, false, true), 2);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return (new UnicodeEncoding(true, false, true), 2);

        var probe = bytes.Slice(0, Math.Min(bytes.Length, ProbeLength));
        int zerosEven = 0, zerosOdd = 0, firstZero = -1;
        for (var i = 0; i < probe.Length; i++)
        {
            if (probe[i] != 0) continue;
            if (firstZero < 0) firstZero = i;
            if (i % 2 == 0) zerosEven++; else zerosOdd++;
        }
        if (firstZero < 0) return (StrictUtf8, 0);

        // UTF-16 without a byte order mark: mostly-ASCII text has a zero in every other byte. A few zeros
        // on the other side are characters such as U+0100 or U+C900 (Korean 준), whose low byte is zero;
        // they must not make a UTF-16 file look binary. Binary data that passes this still has to decode
        // as UTF-16 and, cleaned, not be mostly control characters.
        var half = probe.Length / 2;
        if (half > 0 && zerosOdd > half * 0.6 && zerosEven <= zerosOdd / 16) return (new UnicodeEncoding(false, false, true), 0);
        if (half > 0 && zerosEven > half * 0.6 && zerosOdd <= zerosEven / 16) return (new UnicodeEncoding(true, false, true), 0);

        throw new TranscriptFormatException(
            fileName, LineOfOffset(bytes, firstZero),
            string.Format(CultureInfo.InvariantCulture,
                "binary data (a NUL byte at offset {0}); this is not a text transcript in a supported format", firstZero));
    }

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);

    private static string Clean(string text, string? fileName, List<Diagnostic> warnings)
    {
        // Most text needs nothing done: keep it as decoded, and copy only from the first character that needs work.
        var start = FirstToClean(text);
        if (start == text.Length) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, start);
        int line = 1, removed = 0, firstRemovedLine = 0;
        for (var i = 0; i < start; i++)
            if (text[i] == '\n') line++;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                line++;
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                continue;
            }
            if (c == '\n')
            {
                builder.Append('\n');
                line++;
                continue;
            }
            if (c == '\uFEFF' && builder.Length == 0) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            if (XmlText.IsLegal(c))
            {
                builder.Append(c);
                continue;
            }
            // A form feed or vertical tab separates pages in some exports: keep the words apart.
            if (c is '\f' or '\v') builder.Append(' ');
            if (removed++ == 0) firstRemovedLine = line;
        }

        if (removed > 0)
        {
            if (removed > Math.Max(16, text.Length / 50))
                throw new TranscriptFormatException(fileName, firstRemovedLine,
                    string.Format(CultureInfo.InvariantCulture, "binary data ({0} control characters); this is not a text transcript", removed));
            warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, firstRemovedLine,
                string.Format(CultureInfo.InvariantCulture, "removed {0} control character(s) that are not allowed in documents (first on this line)", removed)));
        }
        return builder.ToString();
    }

    // The index of the first character Clean would change or drop (a carriage return, a byte order mark,
    // a character XML forbids, a lone surrogate), or the length when there is none.
    private static int FirstToClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '\r' || c == '\uFEFF' || !XmlText.IsLegal(c)) return i;
        }
        return text.Length;
    }

    private static int LineOfOffset(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
            if (bytes[i] == (byte)'\n') line++;
        return line;
    }
}
