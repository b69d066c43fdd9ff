// The root of the typed model: one input document and everything read from it.
using System;

namespace BriefingKit;

/// <summary>
/// One transcript (a briefing, press conference, readout, hearing or meeting) and what was
/// read and analysed from it. Immutable; compare with <c>==</c> for value equality.
/// </summary>
public sealed record Transcript
{
    /// <summary>The document's title, from front matter, a title line or the file name.</summary>
    public string? Title { get; init; }

    /// <summary>The date of the event or publication (date part only).</summary>
    public DateTime? Date { get; init; }

    /// <summary>Where the transcript was read from (a file name or path as given).</summary>
    public string? Source { get; init; }

    /// <summary>The web address the document was published at, when the input names one.</summary>
    public string? Url { get; init; }

    /// <summary>The publisher's tags or categories (<c>press-briefings</c>), when the input has them.</summary>
    public ValueList<string> Tags { get; init; } = ValueList<string>.Empty;

    /// <summary>The input format.</summary>
    public TranscriptFormat Format { get; init; }

    /// <summary>What kind of event this is.</summary>
    public TranscriptKind Kind { get; init; } = TranscriptKind.Other;

    /// <summary>The people who speak or are reported.</summary>
    public ValueList<Speaker> Speakers { get; init; } = ValueList<Speaker>.Empty;

    /// <summary>The spoken turns (or paragraphs of a prose document), in order.</summary>
    public ValueList<Turn> Turns { get; init; } = ValueList<Turn>.Empty;

    /// <summary>Stage directions, time marks and other text that is not speech.</summary>
    public ValueList<Annotation> Annotations { get; init; } = ValueList<Annotation>.Empty;

    /// <summary>Attributed quotations.</summary>
    public ValueList<Quote> Quotes { get; init; } = ValueList<Quote>.Empty;

    /// <summary>Issues substantively discussed.</summary>
    public ValueList<IssueMention> Issues { get; init; } = ValueList<IssueMention>.Empty;

    /// <summary>Actors' stances on issues, each with its evidence.</summary>
    public ValueList<Position> Positions { get; init; } = ValueList<Position>.Empty;

    /// <summary>What parties agreed or pledged to do.</summary>
    public ValueList<Commitment> Commitments { get; init; } = ValueList<Commitment>.Empty;

    /// <summary>An extractive summary, a few sentences long.</summary>
    public ValueList<string> Summary { get; init; } = ValueList<string>.Empty;

    /// <summary>Warnings and notes about the input, each with its line.</summary>
    public ValueList<Diagnostic> Diagnostics { get; init; } = ValueList<Diagnostic>.Empty;
}
