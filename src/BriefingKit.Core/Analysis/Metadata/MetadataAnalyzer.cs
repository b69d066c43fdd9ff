// Fills what the reader could not: a title from the file name, a date from the title,
// the file name or an opening dateline, and the kind of event from title, publisher tags and format.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Analysis;

/// <summary>
/// Completes title, date and kind. Title: the reader's, else the file name made readable.
/// Date: the reader's, else the first date in the title, else the file name's, else a
/// dateline opening the text (a paragraph without a speaker that starts with a date); a date
/// said in a timed transcript or a speaker's turn is never the document's.
/// Kind: from the title ("Press Briefing", "Readout", "Remarks"…), else the publisher's
/// tags, else the format (captions are meetings; prose is a readout).
/// </summary>
internal sealed class MetadataAnalyzer : TranscriptAnalyzer
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = System.Array.Empty<string>();

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Metadata };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var title = transcript.Title ?? TitleFromFileName(transcript.Source);
        var date = transcript.Date
            ?? Datelines.Find(transcript.Title)
            ?? Datelines.FromFileName(transcript.Source)
            ?? OpeningDateline(transcript);
        var kind = transcript.Kind != TranscriptKind.Other ? transcript.Kind : EventKinds.Classify(transcript with { Title = title });
        return transcript with { Title = title, Date = date, Kind = kind };
    }

    // Only a dateline opens a document with its date. Speech is not one: a date someone says
    // ("let's meet again on March 3, 2024") is about something else, so timed transcripts
    // and turns with a speaker give none, and a prose paragraph gives one only when it
    // starts with the date.
    private static DateTime? OpeningDateline(Transcript transcript)
    {
        if (transcript.Turns.Any(t => t.Start is not null)) return null;
        return transcript.Turns.Take(2).Where(t => t.Speaker is null).Select(t => Datelines.AtStart(t.Text)).FirstOrDefault(d => d is not null);
    }

    private static string? TitleFromFileName(string? source)
    {
        if (string.IsNullOrEmpty(source)) return null;
        var name = Path.GetFileNameWithoutExtension(source);
        var dated = Datelines.FromFileName(name) is not null && name.Length > 11 ? name.Substring(11) : name;
        var words = dated.Replace('_', ' ').Replace('-', ' ').Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var text = string.Join(" ", words);
        return char.ToUpperInvariant(text[0]) + text.Substring(1);
    }
}
