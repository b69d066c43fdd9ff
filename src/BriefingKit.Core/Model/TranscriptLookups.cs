using System;

namespace BriefingKit;

/// <summary>Lookups over a <see cref="Transcript"/> that memos and matrices need: who a speaker id is, which turn a line is in.</summary>
public static class TranscriptLookups
{
    /// <summary>The speaker with <paramref name="id"/>, or null.</summary>
    public static Speaker? FindSpeaker(this Transcript transcript, string? id)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        if (id is null) return null;
        foreach (var speaker in transcript.Speakers)
            if (speaker.Id == id) return speaker;
        return null;
    }

    /// <summary>
    /// The people who took part, in the transcript's order: those who speak, are quoted or hold a
    /// position; in a readout or statement (no labelled turns) also the people of a party that
    /// holds a position (the leader on the other end of a call). People only mentioned, such as
    /// "the President" in a press secretary's briefing, are not participants.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<Speaker> Participants(this Transcript transcript)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        var active = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var labelled = false;
        foreach (var turn in transcript.Turns)
        {
            if (turn.Speaker is null) continue;
            active.Add(turn.Speaker);
            labelled = true;
        }
        foreach (var quote in transcript.Quotes)
            if (quote.Speaker is not null) active.Add(quote.Speaker);
        var parties = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var position in transcript.Positions)
        {
            if (position.Speaker is not null) active.Add(position.Speaker);
            parties.Add(position.Actor);
        }
        var participants = new System.Collections.Generic.List<Speaker>();
        foreach (var speaker in transcript.Speakers)
        {
            if (active.Contains(speaker.Id) || (!labelled && speaker.Affiliation is not null && parties.Contains(speaker.Affiliation)))
                participants.Add(speaker);
        }
        return participants;
    }

    /// <summary>The turn that holds source line <paramref name="line"/> (the last turn starting at or before it), or null.</summary>
    public static Turn? TurnAtLine(this Transcript transcript, int line)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        Turn? found = null;
        foreach (var turn in transcript.Turns)
        {
            if (turn.Line > line) break;
            found = turn;
        }
        return found;
    }

    /// <summary>
    /// The position's evidence as a direct quote of whoever holds the labelled turn it comes from (a
    /// press conference, a briefing, captions), even when the position is another party's ("this is
    /// a matter that both President Biden and I emphasize", said by Suga). Null for narration, such
    /// as a readout saying what a leader said, which is not verbatim.
    /// </summary>
    public static Quote? SpokenQuote(this Transcript transcript, Position position)
    {
        if (position is null) throw new ArgumentNullException(nameof(position));
        if (string.IsNullOrWhiteSpace(position.Evidence)) return null;
        if (transcript.TurnAtLine(position.Line)?.Speaker is not { } speaker) return null;
        return new Quote(position.Evidence!) { Speaker = speaker, Kind = QuoteKind.Direct, Line = position.Line };
    }
}
