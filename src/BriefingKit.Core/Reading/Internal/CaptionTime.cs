// Caption timestamps, read leniently: W3C WebVTT "hh:mm:ss.ttt" and "mm:ss.ttt", SubRip
// "hh:mm:ss,ttt", and what real exporters write instead (Teams "0:0:5.320" and "00:01.5",
// one-digit hours, a missing fraction). Hand-written so it cannot time out or overflow.
using System;

namespace BriefingKit.Reading.Internal;

internal enum CaptionTimingStatus
{
    /// <summary>The line has no "-->": it is not meant as a timing line.</summary>
    NotTiming,
    /// <summary>The line has "-->" but its times cannot be read.</summary>
    Invalid,
    /// <summary>A timing line with two readable times.</summary>
    Valid,
}

internal static class CaptionTime
{
    private const string Arrow = "-->";

    public static CaptionTimingStatus ParseTimingLine(string line, out TimeSpan start, out TimeSpan end)
    {
        start = end = TimeSpan.Zero;
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow < 0) return CaptionTimingStatus.NotTiming;

        // Anything after the end time is WebVTT cue settings or SubRip coordinates (X1:…): ignored.
        var right = line.Substring(arrow + Arrow.Length).TrimStart();
        var endLength = 0;
        while (endLength < right.Length && !char.IsWhiteSpace(right[endLength])) endLength++;
        return TryParse(line.Substring(0, arrow), out start) && TryParse(right.Substring(0, endLength), out end)
            ? CaptionTimingStatus.Valid
            : CaptionTimingStatus.Invalid;
    }

    public static bool HasArrow(string line) => line.IndexOf(Arrow, StringComparison.Ordinal) >= 0;

    public static bool TryParse(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        text = text.Trim();
        if (text.Length == 0 || text.Length > 24) return false;

        var separator = text.LastIndexOfAny(FractionSeparators);
        var whole = separator < 0 ? text : text.Substring(0, separator);
        long fractionMs = 0;
        if (separator >= 0 && !TryParseFraction(text.Substring(separator + 1), out fractionMs)) return false;

        var parts = whole.Split(':');
        if (parts.Length is not (2 or 3)) return false;
        long total = 0;
        for (var i = 0; i < parts.Length; i++)
        {
            // The leading unit may be large (hours, or minutes when there are no hours); the
            // others are clock fields of one or two digits below 60.
            var leading = i == 0;
            if (!TryParseDigits(parts[i], leading ? 6 : 2, out var number)) return false;
            if (!leading && number > 59) return false;
            total = (total * 60) + number;
        }
        value = TimeSpan.FromTicks(((total * 1000) + fractionMs) * TimeSpan.TicksPerMillisecond);
        return true;
    }

    private static readonly char[] FractionSeparators = { '.', ',' };

    // "5" is half a second ("00:01.5"), "320" is 320 ms; digits past the third are rounded.
    private static bool TryParseFraction(string digits, out long milliseconds)
    {
        milliseconds = 0;
        if (!TryParseDigits(digits, 9, out var number)) return false;
        var nanoseconds = number;
        for (var i = digits.Length; i < 9; i++) nanoseconds *= 10;
        milliseconds = (nanoseconds + 500_000) / 1_000_000;
        return true;
    }

    private static bool TryParseDigits(string digits, int maxLength, out long number)
    {
        number = 0;
        if (digits.Length == 0 || digits.Length > maxLength) return false;
        foreach (var c in digits)
        {
            if (c < '0' || c > '9') return false;
            number = (number * 10) + (c - '0');
        }
        return true;
    }
}
