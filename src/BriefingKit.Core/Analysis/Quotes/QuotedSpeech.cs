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

    /// <summary>The speaker id of the quotation containing this sentence, if any.</summary>
    public string? SpeakerAt(Sentence sentence) =>
        _spans.FirstOrDefault(s => s.Turn == sentence.TurnIndex && sentence.Offset + 1 >= s.Start && sentence.Offset < s.End).Speaker;
}
