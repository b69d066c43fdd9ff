// Finds quoted passages in unattributed (prose) turns: curly “…” or straight "…" marks,
// a passage that runs over paragraphs (a paragraph that opens a quote without closing it,
// continued by a paragraph that opens with a quotation mark), and bracketed insertions kept.
using System.Collections.Generic;

namespace BriefingKit.Analysis;

internal static class QuoteSpans
{
    /// <summary>Quotes shorter than this many words are scare quotes or titles, not quotations.</summary>
    private const int MinWords = 4;

    public static IEnumerable<QuoteSpan> Find(Transcript transcript)
    {
        string? carried = null;
        for (var t = 0; t < transcript.Turns.Count; t++)
        {
            var turn = transcript.Turns[t];
            if (turn.Speaker is not null) { carried = null; continue; }
            var text = turn.Text;
            var i = 0;
            while (i < text.Length)
            {
                var open = text.IndexOfAny(new[] { '“', '"' }, i);
                if (open < 0) break;
                var closeMark = text[open] == '“' ? '”' : '"';
                var close = text.IndexOf(closeMark, open + 1);
                if (close < 0)
                {
                    // Opens and runs to the paragraph's end: continued in the next paragraph if it reopens.
                    var part = text.Substring(open + 1).Trim();
                    var next = t + 1 < transcript.Turns.Count ? transcript.Turns[t + 1].Text.TrimStart() : string.Empty;
                    if (next.Length > 0 && (next[0] == '“' || next[0] == '"'))
                    {
                        carried = (carried is null ? string.Empty : carried + " ") + part;
                    }
                    else if (WordCount(part) >= MinWords)
                    {
                        yield return new QuoteSpan(t, open, text.Length, Join(carried, part));
                        carried = null;
                    }
                    break;
                }
                var inner = text.Substring(open + 1, close - open - 1).Trim().TrimEnd(',');
                if (WordCount(inner) >= MinWords) yield return new QuoteSpan(t, open, close, Join(carried, inner));
                carried = null;
                i = close + 1;
            }
        }
    }

    private static string Join(string? carried, string part) => carried is null ? part : carried + " " + part;

    private static int WordCount(string text) => text.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).Length;
}
