// Damage done to a well-formed document: edits to its text (line ends, quotes, timestamps,
// repeated and long lines), a choice of encoding (UTF-8, UTF-16 with or without BOM,
// Windows-1252, or a mix), then edits to its bytes (truncation, NULs, random bytes).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class Mutations
{
    static Mutations() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, what many Windows tools save "ANSI" text as.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    private static readonly string[] Quotes = ["\"", "“", "”", "‘", "'", "«", "»", "(", ")", "[", "]", "{", "}", "<v ", "</v>", "<", "&", "&#", "&#x110000;", "---\n"];

    /// <summary>Applies 0–4 text edits, an encoding and 0–3 byte edits, recording each in <paramref name="recipe"/>.</summary>
    public static byte[] Apply(string text, Random r, StringBuilder recipe)
    {
        for (var i = r.Next(5); i > 0; i--) text = EditText(text, r, recipe);
        var bytes = Encode(text, r, recipe);
        for (var i = r.Next(4); i > 0; i--) bytes = EditBytes(bytes, r, recipe);
        return bytes;
    }

    public static string EditText(string text, Random r, StringBuilder recipe)
    {
        var lines = text.Split('\n').ToList();
        switch (r.Next(12))
        {
            case 0:
                recipe.Append(" +cr-only");
                return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\n', '\r');
            case 1:
                recipe.Append(" +crlf");
                return text.Replace("\n", "\r\n", StringComparison.Ordinal);
            case 2:
                recipe.Append(" +unbalanced-quotes");
                for (var i = r.Next(1, 8); i > 0; i--) text = text.Insert(r.Next(text.Length + 1), Quotes[r.Next(Quotes.Length)]);
                return text;
            case 3:
                recipe.Append(" +bad-timestamps");
                return string.Join('\n', lines.Select(l => l.Contains("-->", StringComparison.Ordinal) || l.Contains(':', StringComparison.Ordinal) ? BreakTimes(l, r) : l));
            case 4:
                var at = r.Next(lines.Count);
                // Bounded so that a long line (or a whole CR-only text) repeated stays near a megabyte:
                // size limits are tested on their own, this is about many similar lines.
                var copies = Math.Min(r.Next(50, 2000), Math.Max(2, 1_000_000 / Math.Max(1, lines[at].Length)));
                recipe.Append(" +repeat-line*").Append(copies);
                lines.InsertRange(at, Enumerable.Repeat(lines[at], copies));
                return string.Join('\n', lines);
            case 5:
                var length = r.Next(10_000, 200_000);
                recipe.Append(" +long-line:").Append(length);
                return text.Insert(r.Next(text.Length + 1), LongLine(r, length));
            case 6:
                recipe.Append(" +drop-lines");
                return string.Join('\n', lines.Where(_ => r.Next(4) != 0));
            case 7:
                recipe.Append(" +shuffle-lines");
                return string.Join('\n', lines.OrderBy(_ => r.Next()));
            case 8:
                recipe.Append(" +control-chars");
                for (var i = r.Next(1, 20); i > 0; i--) text = text.Insert(r.Next(text.Length + 1), ((char)r.Next(0, 32)).ToString());
                return text;
            case 9:
                recipe.Append(" +unicode-edges");
                string[] odd = ["\u2028", "\u2029", "\u0085", "\uFEFF", "\u200B", "\u202E", "\uFFFD", "\uD83D\uDE00", "\uD800", "\u0301", "\\u0000", "\\ud800"];
                for (var i = r.Next(1, 10); i > 0; i--) text = text.Insert(r.Next(text.Length + 1), odd[r.Next(odd.Length)]);
                return text;
            case 10:
                recipe.Append(" +whitespace");
                return text.Replace(" ", r.Next(2) == 0 ? "\t" : "\u00A0", StringComparison.Ordinal);
            default:
                recipe.Append(" +truncate-text");
                return text.Substring(0, r.Next(text.Length + 1));
        }
    }

    private static string BreakTimes(string line, Random r)
    {
        string[] replacements = ["99999999", "-1", "1e9", "٣", "00:60:00", ":::", "-->", "--> -->", "24:00:00,000,000", "0:0:5.320", "1:2", "..", ",", "00:00:00.0000000001"];
        var digits = line.Select((c, i) => (c, i)).Where(p => char.IsDigit(p.c)).Select(p => p.i).ToList();
        if (digits.Count == 0) return line + " --> " + replacements[r.Next(replacements.Length)];
        var at = digits[r.Next(digits.Count)];
        return line[..at] + replacements[r.Next(replacements.Length)] + line[(at + 1)..];
    }

    /// <summary>A line of words without a line end, <paramref name="length"/> characters long.</summary>
    public static string LongLine(Random r, int length)
    {
        var text = new StringBuilder(length + 200);
        while (text.Length < length) text.Append(Documents.Sentence(r)).Append(' ');
        return text.ToString(0, length);
    }

    public static byte[] Encode(string text, Random r, StringBuilder recipe)
    {
        switch (r.Next(10))
        {
            case 0:
                recipe.Append(" as:utf16le-bom");
                return [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];
            case 1:
                recipe.Append(" as:utf16le");
                return Encoding.Unicode.GetBytes(text);
            case 2:
                recipe.Append(" as:utf16be-bom");
                return [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)];
            case 3:
                recipe.Append(" as:utf16be");
                return Encoding.BigEndianUnicode.GetBytes(text);
            case 4:
                recipe.Append(" as:windows-1252");
                return Windows1252.GetBytes(text);
            case 5:
                recipe.Append(" as:utf8+windows-1252");
                var half = text.Length / 2;
                return [.. Encoding.UTF8.GetBytes(text[..half]), .. Windows1252.GetBytes(text[half..])];
            case 6:
                recipe.Append(" as:utf8-bom");
                return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];
            default:
                recipe.Append(" as:utf8");
                return Encoding.UTF8.GetBytes(text);
        }
    }

    public static byte[] EditBytes(byte[] bytes, Random r, StringBuilder recipe)
    {
        var list = new List<byte>(bytes);
        switch (r.Next(5))
        {
            case 0:
                var keep = r.Next(bytes.Length + 1);
                recipe.Append(" +truncate:").Append(keep);
                return bytes[..keep];
            case 1:
                recipe.Append(" +nuls");
                for (var i = r.Next(1, 6); i > 0; i--) list.Insert(r.Next(list.Count + 1), 0);
                return [.. list];
            case 2:
                recipe.Append(" +random-bytes");
                var block = new byte[r.Next(1, 64)];
                r.NextBytes(block);
                list.InsertRange(r.Next(list.Count + 1), block);
                return [.. list];
            case 3:
                recipe.Append(" +flip-bytes");
                var copy = (byte[])bytes.Clone();
                for (var i = r.Next(1, 20); i > 0 && copy.Length > 0; i--) copy[r.Next(copy.Length)] ^= (byte)(1 << r.Next(8));
                return copy;
            default:
                recipe.Append(" +invalid-utf8");
                byte[][] bad = [[0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xC0, 0xAF], [0xE2, 0x80]];
                list.InsertRange(r.Next(list.Count + 1), bad[r.Next(bad.Length)]);
                return [.. list];
        }
    }
}
