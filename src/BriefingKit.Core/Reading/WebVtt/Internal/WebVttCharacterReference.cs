// Character references in WebVTT cue text and voice names (&amp; &lt; &nbsp; &lrm; &#39;
// &#x2019; …). A reference to a character XML 1.0 forbids becomes U+FFFD, so decoding can
// never reintroduce what TranscriptInput removed.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BriefingKit.Reading.WebVtt.Internal;

internal static class WebVttCharacterReference
{
    private const int MaxLength = 12;

    // The references caption tools write; unknown names are left as written.
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'",
        ["nbsp"] = "\u00A0", ["lrm"] = "\u200E", ["rlm"] = "\u200F",
        ["hellip"] = "\u2026", ["ndash"] = "\u2013", ["mdash"] = "\u2014",
        ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["ldquo"] = "\u201C", ["rdquo"] = "\u201D",
    };

    /// <summary>Decodes the reference starting at <paramref name="at"/> (an '&amp;'), if there is a known one.</summary>
    public static bool TryDecode(string text, int at, out string value, out int length)
    {
        value = string.Empty;
        length = 0;
        // Bounded search: a line of many '&' must not cost quadratic time.
        var semicolon = text.IndexOf(';', at + 1, Math.Min(MaxLength, text.Length - at - 1));
        if (semicolon < 0) return false;
        var name = text.Substring(at + 1, semicolon - at - 1);
        if (name.Length == 0) return false;

        if (name[0] == '#')
        {
            if (!TryParseCodePoint(name.Substring(1), out var codePoint)) return false;
            value = IsAllowed(codePoint) ? char.ConvertFromUtf32(codePoint) : "\uFFFD";
        }
        else if (Named.TryGetValue(name, out var named))
        {
            value = named;
        }
        else
        {
            return false;
        }
        length = semicolon - at + 1;
        return true;
    }

    /// <summary>Decodes every known reference in <paramref name="text"/>.</summary>
    public static string DecodeAll(string text)
    {
        if (text.IndexOf('&') < 0) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '&' && TryDecode(text, i, out var value, out var length))
            {
                builder.Append(value);
                i += length - 1;
            }
            else
            {
                builder.Append(text[i]);
            }
        }
        return builder.ToString();
    }

    private static bool TryParseCodePoint(string digits, out int codePoint)
    {
        codePoint = 0;
        var hex = digits.Length > 0 && (digits[0] == 'x' || digits[0] == 'X');
        if (hex) digits = digits.Substring(1);
        if (digits.Length == 0 || digits.Length > 8) return false;
        return int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out codePoint);
    }

    private static bool IsAllowed(int codePoint) =>
        codePoint > 0xFFFF
            ? codePoint <= 0x10FFFF
            : codePoint is not (>= 0xD800 and <= 0xDFFF) && XmlText.IsLegal((char)codePoint);
}
