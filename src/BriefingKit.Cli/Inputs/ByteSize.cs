// Sizes as people write them on a command line: 50MB, 10M, 500k, 1.5GB, 1048576.
using System;
using System.Globalization;

namespace BriefingKit.Cli.Inputs;

internal static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var t = text.Trim().ToUpperInvariant();
        long unit = 1;
        foreach (var (suffix, size) in new[] { ("GB", 1L << 30), ("G", 1L << 30), ("MB", 1L << 20), ("M", 1L << 20), ("KB", 1L << 10), ("K", 1L << 10), ("B", 1L) })
        {
            if (!t.EndsWith(suffix, StringComparison.Ordinal)) continue;
            unit = size;
            t = t.Substring(0, t.Length - suffix.Length).Trim();
            break;
        }
        if (!double.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0) return false;
        bytes = (long)Math.Round(value * unit);
        return bytes > 0;
    }
}
