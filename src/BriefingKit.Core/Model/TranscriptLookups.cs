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
    /// The people who took part: in a labelled transcript those who speak (not the people they
    /// only mention, such as "the President" in a press secretary's briefing); in a readout or
    /// article, where nobody has turns of their own, everyone it reports.
    /// </summary>
    public static System.Collections.Generic.IReadOnlyList<Speaker> Participants(this Transcript transcript)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        var speaking = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var turn in transcript.Turns)
            if (turn.Speaker is not null) speaking.Add(turn.Speaker);
        if (speaking.Count == 0) return transcript.Speakers;
        var participants = new System.Collections.Generic.List<Speaker>();
        foreach (var speaker in transcript.Speakers)
            if (speaking.Contains(speaker.Id)) participants.Add(speaker);
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
    /// The position's evidence as a direct quote when it is the speaker's own words: the sentence
    /// comes from a turn labelled with that speaker (a press conference, a briefing, captions).
    /// Null for narration, such as a readout saying what a leader said, which is not verbatim.
    /// </summary>
    public static Quote? SpokenQuote(this Transcript transcript, Position position)
    {
        if (position is null) throw new ArgumentNullException(nameof(position));
        if (position.Speaker is null || string.IsNullOrWhiteSpace(position.Evidence)) return null;
        var turn = transcript.TurnAtLine(position.Line);
        if (turn?.Speaker != position.Speaker) return null;
        return new Quote(position.Evidence!) { Speaker = position.Speaker, Kind = QuoteKind.Direct, Line = position.Line };
    }
}
