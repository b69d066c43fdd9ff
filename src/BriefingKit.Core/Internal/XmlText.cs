// The characters XML 1.0 allows (https://www.w3.org/TR/xml/#charsets). Text outside this
// set makes the Open XML SDK throw and leave a 0-byte file, so every string from a
// transcript is filtered through here before it reaches a document.
using System.Text;

namespace BriefingKit;

internal static class XmlText
{
    /// <summary>Whether a UTF-16 code unit may appear in XML 1.0 text (surrogates are checked in pairs by <see cref="Sanitize"/>).</summary>
    public static bool IsLegal(char c) =>
        c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);

    /// <summary>Returns <paramref name="text"/> without characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE/U+FFFF).</summary>
    public static string Sanitize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var clean = true;
        for (var i = 0; i < text!.Length && clean; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!IsLegal(c)) clean = false;
        }
        if (clean) return text;

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) builder.Append(c).Append(text[++i]);
            else if (IsLegal(c)) builder.Append(c);
        }
        return builder.ToString();
    }
}
