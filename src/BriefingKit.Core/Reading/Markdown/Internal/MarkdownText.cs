// Turns a Markdown body into plain text line for line (no line is added or removed, so
// line numbers stay those of the file): links keep their text, emphasis marks, headings
// marks, HTML tags, struck-out text and backslash escapes go, bullets become "• " (numbered
// items keep their number after it).
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingKit.Reading.Markdown.Internal;

internal static partial class MarkdownText
{
#if NET7_0_OR_GREATER
    // Source-generated below: compiled when BriefingKit is built, not when a pattern is first used.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
#endif
#if !NET7_0_OR_GREATER
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
#endif
    private const char EscapeBase = '\uE000';

    // Spans that may cross lines never run past the next opening of the same kind, so an opening left
    // unclosed costs one scan to the next opening, not one to the end of the document: reading stays linear.
#if NET7_0_OR_GREATER
    private static readonly Regex Comment = CommentPattern();

    [GeneratedRegex(@"<!--(?:(?!<!--)[\s\S])*?-->", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CommentPattern();
#else
    private static readonly Regex Comment = new(@"<!--(?:(?!<!--)[\s\S])*?-->", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Struck = StruckPattern();

    [GeneratedRegex(@"<(?<tag>s|del|strike)\b[^>]*>(?:(?!<\k<tag>\b)[\s\S])*?</\k<tag>\s*>|~~(?:(?!~~)[\s\S])+?~~", Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StruckPattern();
#else
    private static readonly Regex Struck = new(@"<(?<tag>s|del|strike)\b[^>]*>(?:(?!<\k<tag>\b)[\s\S])*?</\k<tag>\s*>|~~(?:(?!~~)[\s\S])+?~~", Options | RegexOptions.IgnoreCase, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Image = ImagePattern();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)\s]*(?:\s+""[^""]*"")?\)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ImagePattern();
#else
    private static readonly Regex Image = new(@"!\[[^\]]*\]\([^)\s]*(?:\s+""[^""]*"")?\)", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Link = LinkPattern();

    [GeneratedRegex(@"\[(?<text>[^\[\]]*)\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LinkPattern();
#else
    private static readonly Regex Link = new(@"\[(?<text>[^\[\]]*)\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex ReferenceLink = ReferenceLinkPattern();

    [GeneratedRegex(@"\[(?<text>[^\[\]]+)\]\[[^\[\]]*\]", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ReferenceLinkPattern();
#else
    private static readonly Regex ReferenceLink = new(@"\[(?<text>[^\[\]]+)\]\[[^\[\]]*\]", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex AutoLink = AutoLinkPattern();

    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^>\s]+)>", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex AutoLinkPattern();
#else
    private static readonly Regex AutoLink = new(@"<(?<url>(?:https?|mailto):[^>\s]+)>", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Tag = TagPattern();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TagPattern();
#else
    private static readonly Regex Tag = new(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Strong = StrongPattern();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(?<text>(?:(?!\1)[\s\S])+?)(?<=\S)\1", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StrongPattern();
#else
    private static readonly Regex Strong = new(@"(\*\*|__)(?=\S)(?<text>(?:(?!\1)[\s\S])+?)(?<=\S)\1", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Emphasis = EmphasisPattern();

    [GeneratedRegex(@"(?<![\w*])([*_])(?=[^\s*_])(?<text>[^*_\n]+?)(?<=\S)\1(?![\w*])", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EmphasisPattern();
#else
    private static readonly Regex Emphasis = new(@"(?<![\w*])([*_])(?=[^\s*_])(?<text>[^*_\n]+?)(?<=\S)\1(?![\w*])", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Heading = HeadingPattern();

    [GeneratedRegex(@"^[ ]{0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$", Options | RegexOptions.Multiline, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HeadingPattern();
#else
    private static readonly Regex Heading = new(@"^[ ]{0,3}#{1,6}[ \t]+(?<text>.*?)(?:[ \t]+#+)?[ \t]*$", Options | RegexOptions.Multiline, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex BlockQuote = BlockQuotePattern();

    [GeneratedRegex(@"^[ ]{0,3}>[ ]?", Options | RegexOptions.Multiline, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BlockQuotePattern();
#else
    private static readonly Regex BlockQuote = new(@"^[ ]{0,3}>[ ]?", Options | RegexOptions.Multiline, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Bullet = BulletPattern();

    [GeneratedRegex(@"^[ ]{0,3}[*+-][ \t]+(?=\S)", Options | RegexOptions.Multiline, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BulletPattern();
#else
    private static readonly Regex Bullet = new(@"^[ ]{0,3}[*+-][ \t]+(?=\S)", Options | RegexOptions.Multiline, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Ordered = OrderedPattern();

    [GeneratedRegex(@"^[ ]{0,3}(?<n>\d{1,9})[.)][ \t]+(?=\S)", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex OrderedPattern();
#else
    private static readonly Regex Ordered = new(@"^[ ]{0,3}(?<n>\d{1,9})[.)][ \t]+(?=\S)", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex HardBreak = HardBreakPattern();

    [GeneratedRegex(@"\\$", Options | RegexOptions.Multiline, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex HardBreakPattern();
#else
    private static readonly Regex HardBreak = new(@"\\$", Options | RegexOptions.Multiline, Timeout);
#endif

    public static string ToPlainText(string markdown) => ToPlainText(markdown, out _);

    /// <summary>Makes <paramref name="markdown"/> plain, line for line.</summary>
    /// <param name="markdown">The Markdown body.</param>
    /// <param name="headingLines">The 0-based lines that were ATX headings (<c>## Questions and answers</c>).</param>
    /// <returns>The plain text.</returns>
    public static string ToPlainText(string markdown, out ISet<int> headingLines)
    {
        var headings = new HashSet<int>();
        headingLines = headings;
        var text = HideEscapes(markdown);
        text = KeepLineBreaks(Comment, text);
        text = KeepLineBreaks(Struck, text);
        text = Image.Replace(text, string.Empty);
        // Links nest inside emphasis and vice versa; a couple of passes resolves the usual cases.
        for (var pass = 0; pass < 2; pass++)
        {
            text = Link.Replace(text, m => m.Groups["text"].Value);
            text = ReferenceLink.Replace(text, m => m.Groups["text"].Value);
            text = Strong.Replace(text, m => m.Groups["text"].Value);
        }
        text = AutoLink.Replace(text, m => m.Groups["url"].Value);
        text = Tag.Replace(text, string.Empty);
        text = Emphasis.Replace(text, m => m.Groups["text"].Value);
        // Matches come in order: count the lines up to each from the previous one, not from the start.
        int counted = 0, line = 0;
        // The line patterns try every line start; most documents have no line that starts with their mark.
        if (AnyLineStartsWith(text, '#', '#', '#')) text = Heading.Replace(text, m =>
        {
            for (; counted < m.Index; counted++)
                if (text[counted] == '\n') line++;
            headings.Add(line);
            return m.Groups["text"].Value;
        });
        if (AnyLineStartsWith(text, '>', '>', '>')) text = BlockQuote.Replace(text, string.Empty);
        if (AnyLineStartsWith(text, '*', '+', '-')) text = Bullet.Replace(text, "• ");
        text = MarkOrderedItems(text);
        text = HardBreak.Replace(text, string.Empty);
        text = WebUtility.HtmlDecode(text);
        return RestoreEscapes(text);
    }

    // A backslash escape ("\_", "\#": a backslash and ASCII punctuation, as CommonMark has it) becomes one private-use
    // character standing for the escaped one, so no later pattern takes it for Markdown. Scanned as the pattern would,
    // left to right without overlaps ("\\" is one escape), in one copy.
    private static string HideEscapes(string text)
    {
        var first = text.IndexOf('\\');
        if (first < 0) return text;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, buffer, 0, first);
        var length = first;
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1])) c = (char)(EscapeBase + text[++i]);
            buffer[length++] = c;
        }
        var hidden = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return hidden;
    }

    // ASCII punctuation: [!-/:-@\[-`{-~].
    private static bool IsEscapable(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');

    // Whether a line starts, after at most three spaces, with one of the marks (what Heading, BlockQuote and
    // Bullet need at a line start before they can match).
    private static bool AnyLineStartsWith(string text, char mark1, char mark2, char mark3)
    {
        for (var start = 0; start < text.Length;)
        {
            var i = start;
            while (i < start + 3 && i < text.Length && text[i] == ' ') i++;
            if (i < text.Length && (text[i] == mark1 || text[i] == mark2 || text[i] == mark3)) return true;
            var end = text.IndexOf('\n', i);
            if (end < 0) return false;
            start = end + 1;
        }
        return false;
    }

    // Puts back the characters HideEscapes stood in for, once nothing can take them for Markdown any more.
    private static string RestoreEscapes(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] < EscapeBase || text[i] >= EscapeBase + 128)) i++;
        if (i == text.Length) return text;
        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        text.CopyTo(0, buffer, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            buffer[i] = c >= EscapeBase && c < EscapeBase + 128 ? (char)(c - EscapeBase) : c;
        }
        var restored = new string(buffer, 0, text.Length);
        ArrayPool<char>.Shared.Return(buffer);
        return restored;
    }

    /// <summary>
    /// Numbered list items ("1. text") become bulleted lines ("• 1. text"), so each is a paragraph of its own
    /// as a bulleted item is, and keep their number. As in CommonMark, a number starts an item after a blank
    /// line or another item, or when it is 1; "…in the year" / "2020. The" stays one paragraph.
    /// </summary>
    private static string MarkOrderedItems(string text)
    {
        if (text.IndexOf('.') < 0 && text.IndexOf(')') < 0) return text;
        // Line by line in place: the text is copied only when an item is marked.
        StringBuilder? marked = null;
        var copied = 0;
        var previousBlank = true;
        var inList = false;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(start, end - start);
            var lineStart = start;
            start = end + 1;
            if (IsBlank(line))
            {
                previousBlank = true;
                inList = false;
                continue;
            }
            // Ordered needs a digit after at most three spaces; only such lines are matched.
            var indent = 0;
            while (indent < 3 && indent < line.Length && line[indent] == ' ') indent++;
            var match = indent < line.Length && char.IsDigit(line[indent]) ? Ordered.Match(line.ToString()) : System.Text.RegularExpressions.Match.Empty;
            if (match.Success && (previousBlank || inList || match.Groups["n"].Value == "1"))
            {
                marked ??= new StringBuilder(text.Length + 64);
                var indentEnd = lineStart;
                while (char.IsWhiteSpace(text[indentEnd])) indentEnd++;
                marked.Append(text, copied, lineStart - copied).Append("• ").Append(text, indentEnd, end - indentEnd);
                copied = end;
                inList = true;
            }
            else if (line.TrimStart().StartsWith("• ".AsSpan(), StringComparison.Ordinal))
            {
                inList = true;
            }
            previousBlank = false;
        }
        return marked is null ? text : marked.Append(text, copied, text.Length - copied).ToString();
    }

    // As TextLines.IsBlank, on part of a string.
    private static bool IsBlank(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF') return false;
        return true;
    }

    /// <summary>Removes matches but keeps the line breaks inside them, so later line numbers do not move.</summary>
    private static string KeepLineBreaks(Regex regex, string text) =>
        regex.Replace(text, m => new string('\n', m.Value.Count(c => c == '\n')));
}
