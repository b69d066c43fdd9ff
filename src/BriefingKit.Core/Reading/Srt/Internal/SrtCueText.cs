// The text of one SubRip subtitle: the formatting tags players understand (<i>, <b>, <u>,
// <s>, <font …>) and ASS override codes ({\an8}) are dropped, then a speaker prefix
// ("[SPEAKER_00]:", "SPEAKER_00:", "Jane Doe:", a "[SPEAKER_00 | 0.72]" line) is taken off the first line.
using System;
using System.Collections.Generic;
using System.Text;
using BriefingKit.Reading.Internal;

namespace BriefingKit.Reading.Srt.Internal;

internal static class SrtCueText
{
    private const int MaxTagLength = 256;

    private static readonly string[] FormattingTags = { "i", "b", "u", "s", "font" };

    public static CaptionSegment Parse(IReadOnlyList<CaptionLine> lines, SpeakerPrefix prefixes)
    {
        var clean = new List<CaptionLine>(lines.Count);
        foreach (var line in lines) clean.Add(new CaptionLine(line.Number, StripFormatting(line.Text)));
        return prefixes.Apply(clean);
    }

    private static string StripFormatting(string text)
    {
        if (text.IndexOf('<') < 0 && text.IndexOf('{') < 0) return text;
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var skip = text[i] switch
            {
                '<' => TagLength(text, i),
                '{' when i + 1 < text.Length && text[i + 1] == '\\' => BraceLength(text, i),
                _ => 0,
            };
            if (skip > 0)
            {
                i += skip;
                continue;
            }
            builder.Append(text[i++]);
        }
        return builder.ToString();
    }

    private static int TagLength(string text, int at)
    {
        var close = IndexWithin(text, '>', at);
        if (close < 0) return 0;
        var inner = text.Substring(at + 1, close - at - 1).Trim();
        if (inner.StartsWith("/", StringComparison.Ordinal)) inner = inner.Substring(1).Trim();
        var nameEnd = 0;
        while (nameEnd < inner.Length && char.IsLetter(inner[nameEnd])) nameEnd++;
        var name = inner.Substring(0, nameEnd);
        // Only known tags, so "x < y > z" in speech survives.
        if (nameEnd < inner.Length && inner[nameEnd] != ' ') return 0;
        foreach (var tag in FormattingTags)
            if (string.Equals(tag, name, StringComparison.OrdinalIgnoreCase)) return close - at + 1;
        return 0;
    }

    private static int BraceLength(string text, int at)
    {
        var close = IndexWithin(text, '}', at);
        return close < 0 ? 0 : close - at + 1;
    }

    // Bounded search: tags are short, and a line of many '<' must not cost quadratic time.
    private static int IndexWithin(string text, char value, int at) =>
        text.IndexOf(value, at + 1, Math.Min(MaxTagLength, text.Length - at - 1));
}
