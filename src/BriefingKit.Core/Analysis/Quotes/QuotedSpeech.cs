// In a prose document a direct quotation is its speaker's own words: a sentence inside one
// is analysed as if that speaker said it ("we" is their side, "I" is them).
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Analysis;

internal sealed class QuotedSpeech
{
    private readonly List<(int Turn, int Start, int End, string Speaker)> _spans = new();

    public QuotedSpeech(Transcript transcript)
    {
        foreach (var quote in transcript.Quotes)
        {
            if (quote.Speaker is null) continue;
            // The quote may run over paragraphs; its first words locate it.
            var probe = quote.Text.Length > 60 ? quote.Text.Substring(0, 60) : quote.Text;
            for (var t = 0; t < transcript.Turns.Count; t++)
            {
                var turn = transcript.Turns[t];
                if (turn.Speaker is not null) continue;
                var start = turn.Text.IndexOf(probe, StringComparison.Ordinal);
                if (start < 0) continue;
                _spans.Add((t, start, Math.Min(turn.Text.Length, start + quote.Text.Length), quote.Speaker));
                break;
            }
        }
    }

    /// <summary>
    /// The speaker id of the quotation this sentence is in, if any: the sentence starts inside the quotation,
    /// or the quotation is most of it ("On tariffs: “We will match them.”" is the quoted speaker's).
    /// </summary>
    public string? SpeakerAt(Sentence sentence) =>
        _spans.FirstOrDefault(s => s.Turn == sentence.TurnIndex && (StartsInside(sentence, s.Start, s.End) || MostlyQuoted(sentence, s.Start, s.End))).Speaker;

    private static bool StartsInside(Sentence sentence, int start, int end) => sentence.Offset + 1 >= start && sentence.Offset < end;

    private static bool MostlyQuoted(Sentence sentence, int start, int end)
    {
        var sentenceEnd = sentence.Offset + sentence.Text.Length;
        var overlap = Math.Min(sentenceEnd, end) - Math.Max(sentence.Offset, start);
        return overlap > 0 && overlap * 2 >= sentence.Text.Length;
    }
}
