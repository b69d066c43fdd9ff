// The YAML front matter of a Markdown file: "key: value" pairs between "---" lines.
// Supports what publishing pipelines write: plain, single-quoted and double-quoted scalars
// (with escapes such as \_ for a no-break space and \u2019, folded over several lines, and
// a trailing backslash that joins lines), and simple "- item" or [a, b] lists.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace BriefingKit.Reading.Markdown.Internal;

internal sealed class FrontMatter
{
    private FrontMatter(Dictionary<string, string> values, Dictionary<string, List<string>> lists, int bodyStartIndex)
    {
        Values = values;
        Lists = lists;
        BodyStartIndex = bodyStartIndex;
    }

    public Dictionary<string, string> Values { get; }

    public Dictionary<string, List<string>> Lists { get; }

    /// <summary>The 0-based index of the first body line.</summary>
    public int BodyStartIndex { get; }

    public static bool StartsWithFrontMatter(string[] lines) => lines.Length > 1 && lines[0].TrimEnd() == "---";

    public string? Get(params string[] keys)
    {
        foreach (var key in keys)
            if (Values.TryGetValue(key, out var value) && value.Length > 0) return value;
        return null;
    }

    public static FrontMatter Parse(string[] lines, List<Diagnostic> warnings)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lists = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var end = -1;
        for (var i = 1; i < lines.Length; i++)
        {
            var t = lines[i].TrimEnd();
            if (t == "---" || t == "...")
            {
                end = i;
                break;
            }
        }
        if (end < 0)
        {
            warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, 1, "front matter starts with '---' but is never closed; read as body text"));
            return new FrontMatter(values, lists, 0);
        }

        string? listKey = null;
        for (var i = 1; i < end; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith("#", StringComparison.Ordinal)) continue;
            var trimmed = line.Trim();
            if (listKey is not null && trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                lists[listKey].Add(Unquote(trimmed.Substring(2).Trim()));
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0]))
            {
                warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, i + 1, "front matter line is not 'key: value'; ignored"));
                continue;
            }
            var key = line.Substring(0, colon).Trim();
            var raw = line.Substring(colon + 1).Trim();
            listKey = null;
            if (raw.Length == 0)
            {
                listKey = key;
                lists[key] = new List<string>();
                continue;
            }
            if (raw.StartsWith("[", StringComparison.Ordinal) && raw.EndsWith("]", StringComparison.Ordinal))
            {
                var items = new List<string>();
                foreach (var item in raw.Substring(1, raw.Length - 2).Split(',')) if (item.Trim().Length > 0) items.Add(Unquote(item.Trim()));
                lists[key] = items;
                values[key] = string.Join(", ", items);
                continue;
            }

            // A quoted scalar may run over following lines until its closing quote.
            if ((raw[0] == '"' || raw[0] == '\'') && !IsClosed(raw))
            {
                var builder = new StringBuilder(raw);
                while (i + 1 < end && !IsClosed(builder.ToString()))
                {
                    i++;
                    builder.Append('\n').Append(lines[i]);
                }
                raw = builder.ToString();
            }
            else
            {
                // Plain scalars continue on more-indented lines.
                while (i + 1 < end && lines[i + 1].Length > 0 && char.IsWhiteSpace(lines[i + 1][0]) && lines[i + 1].Trim().Length > 0 && !lines[i + 1].Trim().StartsWith("- ", StringComparison.Ordinal))
                {
                    i++;
                    raw += " " + lines[i].Trim();
                }
            }
            values[key] = Unquote(raw);
            lists[key] = new List<string> { values[key] };
        }
        return new FrontMatter(values, lists, end + 1);
    }

    private static bool IsClosed(string raw)
    {
        if (raw.Length < 2) return false;
        var quote = raw[0];
        for (var i = 1; i < raw.Length; i++)
        {
            if (quote == '"' && raw[i] == '\\') { i++; continue; }
            if (raw[i] != quote) continue;
            if (quote == '\'' && i + 1 < raw.Length && raw[i + 1] == '\'') { i++; continue; }
            return true;
        }
        return false;
    }

    internal static string Unquote(string raw)
    {
        if (raw.Length >= 2 && raw[0] == '\'' ) return Fold(raw.Substring(1, raw.LastIndexOf('\'') > 0 ? raw.LastIndexOf('\'') - 1 : raw.Length - 1)).Replace("''", "'");
        if (raw.Length >= 2 && raw[0] == '"') return DoubleQuoted(raw.Substring(1, raw.LastIndexOf('"') > 0 ? raw.LastIndexOf('"') - 1 : raw.Length - 1));
        var comment = raw.IndexOf(" #", StringComparison.Ordinal);
        return (comment >= 0 ? raw.Substring(0, comment) : raw).Trim();
    }

    private static string Fold(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++) lines[i] = i == 0 ? lines[i].TrimEnd() : lines[i].Trim();
        return string.Join(" ", lines);
    }

    private static string DoubleQuoted(string body)
    {
        var builder = new StringBuilder(body.Length);
        var lines = body.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            var line = l == 0 ? lines[l] : lines[l].TrimStart();
            var joined = false;
            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c != '\\') { builder.Append(c); continue; }
                if (i + 1 >= line.Length) { joined = true; break; } // "\" at the end of a line: join without a space
                var e = line[++i];
                switch (e)
                {
                    case 'n': builder.Append('\n'); break;
                    case 't': builder.Append('\t'); break;
                    case '_': builder.Append('\u00A0'); break;
                    case 'N': builder.Append('\u0085'); break;
                    case 'L': builder.Append('\u2028'); break;
                    case 'P': builder.Append('\u2029'); break;
                    case '0': builder.Append(' '); break;
                    case ' ': builder.Append(' '); break;
                    case 'x': i = AppendCode(builder, line, i, 2); break;
                    case 'u': i = AppendCode(builder, line, i, 4); break;
                    case 'U': i = AppendCode(builder, line, i, 8); break;
                    default: builder.Append(e); break;
                }
            }
            if (l < lines.Length - 1 && !joined)
            {
                // A line break inside a double-quoted scalar folds to one space.
                TrimEndSpaces(builder);
                builder.Append(' ');
            }
        }
        return builder.ToString().Trim();
    }

    private static void TrimEndSpaces(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[builder.Length - 1] == ' ') builder.Length--;
    }

    private static int AppendCode(StringBuilder builder, string line, int index, int digits)
    {
        if (index + digits < line.Length
            && int.TryParse(line.Substring(index + 1, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            builder.Append(char.ConvertFromUtf32(code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF) ? code : 0xFFFD));
            return index + digits;
        }
        builder.Append('\\').Append(line[index]);
        return index;
    }
}
