// Roll-up captions (YouTube auto-captions, live captioning) show each line twice: a cue holds
// the previous cue's last line above the new one, a 10 ms "bridge" cue between them repeats
// the line alone, and some tools grow one cue word by word. The words were said once.
using System;
using System.Collections.Generic;

namespace BriefingKit.Reading.Internal;

internal static class RollingCaptions
{
    /// <summary>A cue shorter than this cannot be read on screen: it only bridges two cues.</summary>
    public static readonly TimeSpan BridgeDuration = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// The lines of a cue (collapsed, none empty) without what repeats the previous cue by the
    /// same speaker: the previous cue's whole text when the cue starts with it, else the
    /// previous cue's last line when it is the cue's first line. A cue that only repeats is
    /// dropped whole when it is a bridge; a normal-length cue that says again exactly what the
    /// one before said ("Thank you." "Thank you.") is speech and stays.
    /// </summary>
    public static List<CaptionLine> DropRepeat(List<CaptionLine> lines, IReadOnlyList<string> previous, bool bridge)
    {
        if (lines.Count == 0 || previous.Count == 0) return lines;

        var previousText = string.Join(" ", previous);
        var text = string.Join(" ", lines.ConvertAll(l => l.Text));
        if (text.StartsWith(previousText, StringComparison.OrdinalIgnoreCase))
        {
            if (text.Length == previousText.Length) return bridge ? new List<CaptionLine>() : lines;
            if (text[previousText.Length] == ' ') return Skip(lines, previousText.Length + 1);
        }

        var last = previous[previous.Count - 1];
        if (string.Equals(lines[0].Text, last, StringComparison.OrdinalIgnoreCase) && (lines.Count > 1 || bridge))
            return lines.GetRange(1, lines.Count - 1);
        return lines;
    }

    // The lines after the first `length` characters of their space-joined text.
    private static List<CaptionLine> Skip(List<CaptionLine> lines, int length)
    {
        var kept = new List<CaptionLine>(lines.Count);
        var offset = 0;
        foreach (var line in lines)
        {
            var lineEnd = offset + line.Text.Length;
            if (lineEnd > length)
            {
                var from = Math.Max(0, length - offset);
                kept.Add(from == 0 ? line : new CaptionLine(line.Number, line.Text.Substring(from).TrimStart()));
            }
            offset = lineEnd + 1;
        }
        return kept;
    }
}
