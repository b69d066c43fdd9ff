// Splits decoded text into lines once, keeping 1-based line numbers.
using System;

namespace BriefingKit.Reading.Text.Internal;

internal static class TextLines
{
    public static string[] Split(string text) => text.Split('\n');

    /// <summary>Whitespace, including no-break spaces and zero-width characters, only.</summary>
    public static bool IsBlank(string line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF') return false;
        return true;
    }

    /// <summary>Joins hard-wrapped lines and collapses runs of whitespace (no-break spaces included) to one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                space = builder.Length > 0;
                continue;
            }
            if (space) builder.Append(' ');
            builder.Append(c);
            space = false;
        }
        return builder.ToString();
    }

    public static int WordCount(string text) =>
        text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length;

    public static bool EndsSentence(string trimmed) =>
        trimmed.Length > 0 && ".!?\"”’)]:;…".IndexOf(trimmed[trimmed.Length - 1]) >= 0;
}
