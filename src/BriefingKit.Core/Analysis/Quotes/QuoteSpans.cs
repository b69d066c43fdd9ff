// Finds quoted passages in unattributed (prose) turns: curly “…” or straight "…" marks,
// a passage that runs over paragraphs (a paragraph that opens a quote without closing it,
// continued by a paragraph that opens with a quotation mark), and bracketed insertions kept.
// A quotation is bounded: an opening mark with no closing mark within MaxWords words (a mark
// never closed, or closed only by a stray mark far on) starts no quote and is reported.
using System.Collections.Generic;

namespace BriefingKit.Analysis;

internal static class QuoteSpans
{
    /// <summary>Quotes shorter than this many words are scare quotes or titles, not quotations.</summary>
    private const int MinWords = 4;

    /// <summary>
    /// Most words a quotation has. Quoted speech runs a few sentences, a passage over paragraphs a few
    /// hundred words; past this an opening mark is taken as never closed, so that one stray mark does not
    /// turn the rest of a document into a "quote".
    /// </summary>
    public const int MaxWords = 300;

    /// <param name="transcript">The transcript.</param>
    /// <param name="unclosed">Receives (turn, offset) of each opening mark with no closing mark within <see cref="MaxWords"/> words.</param>
    public static IEnumerable<QuoteSpan> Find(Transcript transcript, ICollection<(int TurnIndex, int Open)>? unclosed = null)
    {
        string? carried = null;
        (int TurnIndex, int Open) carriedFrom = default;
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
                if (close >= 0 && WordCount(carried ?? string.Empty) + WordCount(text.Substring(open + 1, close - open - 1)) > MaxWords)
                {
                    // Closed only far on (a stray mark): the opening mark is taken as never closed.
                    unclosed?.Add(carried is null ? (t, open) : carriedFrom);
                    carried = null;
                    i = open + 1;
                    continue;
                }
                if (close < 0)
                {
                    // Opens and runs to the paragraph's end: continued in the next paragraph if it reopens.
                    var part = text.Substring(open + 1).Trim();
                    var next = t + 1 < transcript.Turns.Count ? transcript.Turns[t + 1].Text.TrimStart() : string.Empty;
                    if (WordCount(carried ?? string.Empty) + WordCount(part) > MaxWords)
                    {
                        unclosed?.Add(carried is null ? (t, open) : carriedFrom);
                        carried = null;
                    }
                    else if (next.Length > 0 && (next[0] == '“' || next[0] == '"'))
                    {
                        if (carried is null) carriedFrom = (t, open);
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
