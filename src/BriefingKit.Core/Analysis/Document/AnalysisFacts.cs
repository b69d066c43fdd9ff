// The names of what analyzers add to a transcript, so each can declare what it needs and what
// it adds, and the pipeline builder can refuse an order in which a need comes too late.
namespace BriefingKit.Analysis;

/// <summary>
/// What an analysis step adds to a transcript. The built-in analyzers use these names in
/// <see cref="ITranscriptAnalyzer.Requires"/> and <see cref="ITranscriptAnalyzer.Provides"/>; an
/// analyzer of your own may use them and names of its own.
/// </summary>
internal static class AnalysisFacts
{
    /// <summary>Title, date and kind of event completed.</summary>
    public const string Metadata = "metadata";

    /// <summary>Moderators and panelists known from the introduction.</summary>
    public const string SpeakerKinds = "speaker-kinds";

    /// <summary>Labelled speakers resolved to people (name, role, affiliation, kind).</summary>
    public const string SpeakerNames = "speaker-names";

    /// <summary>One speaker per person (variant spellings merged).</summary>
    public const string SpeakersMerged = "speakers-merged";

    /// <summary>People whose words or acts the text reports, added as speakers.</summary>
    public const string ReportedPeople = "reported-people";

    /// <summary>Quotations with their speakers.</summary>
    public const string Quotes = "quotes";

    /// <summary>The issues substantively discussed.</summary>
    public const string Issues = "issues";

    /// <summary>Actors' stances on issues.</summary>
    public const string Positions = "positions";

    /// <summary>What parties agreed or pledged to do.</summary>
    public const string Commitments = "commitments";

    /// <summary>The extractive summary.</summary>
    public const string Summary = "summary";
}
