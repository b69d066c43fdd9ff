// Text rules shared by the caption readers: whitespace collapsing, stage directions such as
// "[Music]" or "(laughter)" that are not speech, and sentence ends.
using System.Text;

namespace BriefingKit.Reading.Internal;

internal static class CaptionText
{
    /// <summary>Trims and replaces every run of whitespace (including no-break spaces) with one space.</summary>
    public static string Collapse(string text)
    {
        if (IsCollapsed(text)) return text;
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    // Most caption lines need no change: avoid copying them.
    private static bool IsCollapsed(string text)
    {
        if (text.Length == 0) return true;
        if (text[0] == ' ' || text[text.Length - 1] == ' ') return false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' ? text[i + 1] == ' ' : char.IsWhiteSpace(c)) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether collapsed text is nothing but bracketed or parenthesised groups
    /// (<c>[Music]</c>, <c>(laughter)</c>, <c>[BLANK_AUDIO] [Applause]</c>).
    /// </summary>
    public static bool IsStageDirection(string text)
    {
        var groups = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }
            var open = text[i];
            var close = open == '[' ? ']' : open == '(' ? ')' : '\0';
            if (close == '\0') return false;
            var end = text.IndexOf(close, i + 1);
            if (end < 0) return false;
            var inner = text.Substring(i + 1, end - i - 1);
            // "(we (the allies) agree)" or "[]" is speech with brackets, not a direction.
            if (inner.Trim().Length == 0 || inner.IndexOf(open) >= 0) return false;
            groups++;
            i = end + 1;
        }
        return groups > 0;
    }

    /// <summary>Whether the text ends a sentence, looking past closing quotes and brackets.</summary>
    public static bool EndsSentence(StringBuilder text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or ' ') continue;
            return c is '.' or '?' or '!' or '\u2026';
        }
        return false;
    }
}
