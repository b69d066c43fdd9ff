// One generated input: its bytes, a file name, how it was made, and the reader it is aimed at.
using System;
using System.Text;

namespace BriefingKit.Reliability.Tests.Fuzzing;

/// <summary>
/// A generated input. <see cref="ToString"/> is short (FsCheck prints failing cases, and an input can be
/// megabytes): how it was made, its size and its first bytes, enough to rebuild it from the seed.
/// </summary>
internal sealed record FuzzCase(string Recipe, byte[] Bytes, string FileName, TranscriptFormat? Format)
{
    public override string ToString()
    {
        var head = Encoding.UTF8.GetString(Bytes, 0, Math.Min(Bytes.Length, 160));
        var shown = new StringBuilder(head.Length);
        foreach (var c in head) shown.Append(c < ' ' || c == '\uFFFD' ? $"\\x{(int)c:X2}" : c.ToString());
        return $"{Recipe} -> {FileName} ({Bytes.Length:N0} bytes, format {(Format?.ToString() ?? "detected")}): \"{shown}\"";
    }
}
