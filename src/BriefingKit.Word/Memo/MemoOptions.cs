// What a user can change about a memo. Every property has a documented default, so
// `new MemoOptions()` (or passing null) gives a memo a principal can be handed as is.
using System;
using System.IO;
using BriefingKit.Analysis;

namespace BriefingKit.Word;

/// <summary>Options for <see cref="IMemoWriter"/>: the MEMORANDUM block, classification, template and how much detail goes in.</summary>
public sealed class MemoOptions
{
    private int _maxPositionsPerActor = 2;
    private int _maxQuotesPerIssue = 6;
    private int _maxIssues = 8;
    private int _maxActors = 6;
    private int _maxCommitments = 12;
    private int _maxKeyQuotes = 6;
    private int _maxKeyQuoteWords = 80;
    private int _maxParticipants = 12;

    /// <summary>The TO line. Default: "Principal".</summary>
    public string? To { get; set; }

    /// <summary>The FROM line. Default: <see cref="Author"/>, else "Policy analysis".</summary>
    public string? From { get; set; }

    /// <summary>The SUBJECT line and document title. Default: the transcript's title, or a summary of the titles and dates for several.</summary>
    public string? Subject { get; set; }

    /// <summary>A classification or handling marking (e.g. "UNCLASSIFIED//FOR OFFICIAL USE ONLY") shown at the top and bottom of the memo and in the header and footer. Default: none.</summary>
    public string? Classification { get; set; }

    /// <summary>The memo's date. Default: the latest transcript date, else today.</summary>
    public DateTime? Date { get; set; }

    /// <summary>The document author (core property "creator"). Default: <see cref="From"/>, else "BriefingKit".</summary>
    public string? Author { get; set; }

    /// <summary>
    /// A .dotx or .docx whose styles, page set-up, header, footer and images the memo takes. Content controls
    /// tagged <c>bk:to</c>, <c>bk:from</c>, <c>bk:date</c>, <c>bk:subject</c>, <c>bk:classification</c> are filled,
    /// and the memo body goes into <c>bk:body</c> (or after the template's content when there is none).
    /// Default: the built-in template (<see cref="MemoTemplate"/>).
    /// </summary>
    public string? TemplatePath { get; set; }

    /// <summary>The template as a readable stream; wins over <see cref="TemplatePath"/>. The stream is read, not disposed.</summary>
    public Stream? Template { get; set; }

    /// <summary>Paper size when the built-in template is used. Default: <see cref="Word.PaperSize.Letter"/>.</summary>
    public PaperSize PaperSize { get; set; } = PaperSize.Letter;

    /// <summary>
    /// The issue taxonomy whose terms find an issue in a source's title and in reporters' questions, two of the
    /// signals that order the memo's issues. Default: the built-in taxonomy (<see cref="IssueTaxonomy.Default"/>);
    /// pass the one the transcripts were analysed with when it is not. An issue it lacks is found by its name.
    /// </summary>
    public IssueTaxonomy? Taxonomy { get; set; }

    /// <summary>
    /// The actor names, aliases and adjectives by which the memo tells whose side a sentence is from and whom a
    /// criticism names. Default: the built-in directory (<see cref="ActorDirectory.Default"/>).
    /// </summary>
    public ActorDirectory? Actors { get; set; }

    /// <summary>Evidence quotes shown for one actor on one issue. Default 2; at least 1.</summary>
    public int MaxPositionsPerActor { get => _maxPositionsPerActor; set => _maxPositionsPerActor = AtLeast(1, value, nameof(MaxPositionsPerActor)); }

    /// <summary>Evidence quotes shown for one issue across its actors beyond the first per actor. Default 6; at least 1.</summary>
    public int MaxQuotesPerIssue { get => _maxQuotesPerIssue; set => _maxQuotesPerIssue = AtLeast(1, value, nameof(MaxQuotesPerIssue)); }

    /// <summary>Issues that get a section of their own (the heaviest by mentions and positions); the others are named in one line. Default 8; at least 1.</summary>
    public int MaxIssues { get => _maxIssues; set => _maxIssues = AtLeast(1, value, nameof(MaxIssues)); }

    /// <summary>Actors (columns) in the agreement/disagreement table, and per issue section. Default 6; at least 1.</summary>
    public int MaxActors { get => _maxActors; set => _maxActors = AtLeast(1, value, nameof(MaxActors)); }

    /// <summary>Direct quotations listed under "Key quotes" (the transcripts' own quotes, e.g. a readout quoting a minister). Default 6; at least 1.</summary>
    public int MaxKeyQuotes { get => _maxKeyQuotes; set => _maxKeyQuotes = AtLeast(1, value, nameof(MaxKeyQuotes)); }

    /// <summary>
    /// The longest quotation, in words, that "Key quotes" shows: a key quote is read at a glance, and a longer
    /// one is usually a quotation mark the source never closed. Default 80; at least 6.
    /// </summary>
    public int MaxKeyQuoteWords { get => _maxKeyQuoteWords; set => _maxKeyQuoteWords = AtLeast(6, value, nameof(MaxKeyQuoteWords)); }

    /// <summary>
    /// People named per affiliation under "Participants" (and under "Also named"); the rest are counted
    /// ("and 4,988 others"), so a meeting with thousands of caption labels still fits on a page. Default 12; at least 1.
    /// </summary>
    public int MaxParticipants { get => _maxParticipants; set => _maxParticipants = AtLeast(1, value, nameof(MaxParticipants)); }

    /// <summary>Commitments listed under "Commitments and next steps". Default 12; at least 1.</summary>
    public int MaxCommitments { get => _maxCommitments; set => _maxCommitments = AtLeast(1, value, nameof(MaxCommitments)); }

    private static int AtLeast(int minimum, int value, string name) =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"{nameof(MemoOptions)}.{name} must be at least {minimum}.");
}
