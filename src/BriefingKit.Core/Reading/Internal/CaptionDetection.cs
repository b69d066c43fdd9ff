// Cheap looks at the start of an input that the caption readers' Detect methods share.
// Detect must never throw, so these only scan text already decoded.
using System;

namespace BriefingKit.Reading.Internal;

internal static class CaptionDetection
{
    private const int MaxLinesScanned = 200;

    /// <summary>Whether the text's first non-blank line is a WebVTT signature ("WEBVTT", then nothing, a space or a tab).</summary>
    public static bool StartsWithWebVttHeader(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF')) i++;
        if (string.CompareOrdinal(text, i, "WEBVTT", 0, 6) != 0) return false;
        return i + 6 == text.Length || text[i + 6] is ' ' or '\t' or '\n' or '\r';
    }

    /// <summary>Looks for readable timing lines, and whether one is in SubRip style (comma before the milliseconds).</summary>
    public static (bool HasTiming, bool HasCommaTiming) ScanTimingLines(string head)
    {
        bool any = false, comma = false;
        var lines = head.Split('\n');
        for (var i = 0; i < lines.Length && i < MaxLinesScanned && !comma; i++)
        {
            var line = lines[i];
            if (CaptionTime.ParseTimingLine(line, out _, out _) != CaptionTimingStatus.Valid) continue;
            any = true;
            var arrow = line.IndexOf("-->", StringComparison.Ordinal);
            var at = line.IndexOf(',');
            comma = at >= 0 && at < arrow;
        }
        return (any, comma);
    }
}
