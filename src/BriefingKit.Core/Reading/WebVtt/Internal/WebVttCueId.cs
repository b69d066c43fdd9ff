// Microsoft Teams cue identifiers: "<utterance guid>/<n>-<part>", e.g. "3f2a…/17-0" and
// "3f2a…/17-1" for one utterance split over two cues.
namespace BriefingKit.Reading.WebVtt.Internal;

internal static class WebVttCueId
{
    /// <summary>Whether two cue ids name parts of the same Teams utterance.</summary>
    public static bool SameUtterance(string? previous, string? current) =>
        TryGetUtterance(previous, out var a) && TryGetUtterance(current, out var b) && a == b;

    /// <summary>
    /// Whether a line that directly precedes a timing line (no blank line between) is a cue
    /// id rather than the last line of the previous cue's text: a number or a Teams id.
    /// </summary>
    public static bool LooksLikeId(string line)
    {
        line = line.Trim();
        return line.Length > 0 && (IsDigits(line) || TryGetUtterance(line, out _));
    }

    private static bool TryGetUtterance(string? id, out string utterance)
    {
        utterance = string.Empty;
        if (id is null) return false;
        var slash = id.LastIndexOf('/');
        var dash = id.LastIndexOf('-');
        if (slash <= 0 || dash < slash + 2 || dash == id.Length - 1) return false;
        if (!IsDigits(id.Substring(slash + 1, dash - slash - 1)) || !IsDigits(id.Substring(dash + 1))) return false;
        if (id.IndexOf(' ') >= 0) return false;
        utterance = id.Substring(0, dash);
        return true;
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
            if (c < '0' || c > '9') return false;
        return true;
    }
}
