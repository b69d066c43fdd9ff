// Turns analysed transcripts into the rows of the Positions, Quotes, Commitments and Sources
// sheets. Every transcript string is sanitised here, once, before it can reach the workbook.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BriefingKit.Excel.Internal;

internal static class RowBuilder
{
    /// <summary>Excel's limit on the characters of one cell.</summary>
    public const int MaxCellText = 32767;

    public static string Clean(string? text)
    {
        var clean = XmlText.Sanitize(text);
        return clean.Length > MaxCellText ? clean.Substring(0, MaxCellText - 1) + "…" : clean;
    }

    /// <summary>
    /// The transcript's rows. Cells that are the same on every row of the transcript (week, date, event, source) are
    /// one object, and names, issues, stances and speaker notes come from <paramref name="pool"/>, so a year's rows do
    /// not hold the same value tens of thousands of times (cells are immutable: sharing changes no value written).
    /// </summary>
    public static void Add(Transcript transcript, IsoWeek week, DataSheet positions, DataSheet quotes, DataSheet commitments, DataSheet sources, CellPool pool)
    {
        var date = transcript.Date!.Value.Date;
        var weekText = week.ToString();
        var eventTitle = Clean(transcript.Title ?? FileName(transcript.Source));
        var sourceName = Clean(FileName(transcript.Source) ?? transcript.Url ?? eventTitle);
        var link = LinkOf(transcript.Url);
        var sourceId = transcript.Url ?? FileName(transcript.Source) ?? eventTitle;
        var weekCell = pool.Text(weekText);
        var dateCell = CellData.Of(date);
        var eventCell = CellData.Of(eventTitle);
        var sourceCell = new CellData { Kind = CellKind.Text, Text = sourceName, Link = link };

        DataRow Start(string key, int cells) => new DataRow(cells)
            .Set(Columns.Week, weekCell).Set(Columns.Date, dateCell).Set(Columns.Event, eventCell)
            .Set(Columns.Key, Hash(sourceId + "|" + key));
        CellData SourceCell() => sourceCell;

        foreach (var position in transcript.Positions)
        {
            // Whose words the evidence is (the turn holder, the person reported, the document's voice), with a note saying which rule.
            var voice = EvidenceVoice.Of(transcript, position);
            // The evidence is part of the key: a paragraph's sentences share its line.
            positions.Rows.Add(Start($"{position.Line}|{position.Actor}|{position.Issue}|{Stances.Name(position.Stance)}|{position.Evidence}", 11)
                .Set(Columns.Actor, pool.Text(Clean(position.Actor)))
                .Set(Columns.Issue, pool.Text(IssueName(transcript, position.Issue)))
                .Set(Columns.Stance, pool.Text(Stances.Name(position.Stance)))
                .Set(Columns.Speaker, pool.Text(Clean(voice.Name), Clean(voice.Note)))
                .Set(Columns.Evidence, Clean(position.Evidence))
                .Set(Columns.Source, SourceCell())
                .Set(Columns.Line, pool.Number(position.Line)));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in transcript.Quotes.Concat(transcript.Positions.Select(transcript.SpokenQuote).Where(q => q is not null).Select(q => q!)))
        {
            var speaker = transcript.FindSpeaker(quote.Speaker);
            var text = Clean(quote.Text);
            if (!seen.Add(quote.Speaker + "|" + text)) continue;
            quotes.Rows.Add(Start($"quote|{quote.Speaker}|{text}", 9)
                .Set(Columns.Speaker, pool.Text(Clean(speaker?.Name ?? quote.Speaker)))
                .Set(Columns.Affiliation, pool.Text(Clean(speaker?.Affiliation)))
                .Set(Columns.Quote, text)
                .Set(Columns.Source, SourceCell())
                .Set(Columns.Line, pool.Number(quote.Line)));
        }

        foreach (var commitment in transcript.Commitments)
        {
            commitments.Rows.Add(Start($"commitment|{commitment.Line}|{commitment.Text}", 9)
                .Set(Columns.Actors, pool.Text(Clean(string.Join(", ", commitment.Actors))))
                .Set(Columns.Commitment, Clean(commitment.Text))
                .Set(Columns.Issue, pool.Text(commitment.Issue is null ? string.Empty : IssueName(transcript, commitment.Issue)))
                .Set(Columns.Source, SourceCell())
                .Set(Columns.Line, pool.Number(commitment.Line)));
        }

        sources.Rows.Add(new DataRow(10)
            .Set(Columns.Week, weekCell).Set(Columns.Date, dateCell)
            .Set(Columns.Title, eventTitle)
            .Set(Columns.Kind, Humanize(transcript.Kind.ToString()))
            .Set(Columns.Format, Humanize(transcript.Format.ToString()))
            .Set(Columns.Issues, Clean(string.Join("; ", transcript.Issues.Select(i => IssueName(transcript, i.Id)))))
            .Set(Columns.PositionCount, CellData.Of(transcript.Positions.Count))
            .Set(Columns.Link, link is null ? CellData.Of(string.Empty) : new CellData { Kind = CellKind.Text, Text = Clean(transcript.Url), Link = link })
            .Set(Columns.Source, Clean(transcript.Source))
            .Set(Columns.Key, Hash(sourceId)));
    }

    public static string IssueName(Transcript transcript, string id)
    {
        foreach (var issue in transcript.Issues)
            if (issue.Id == id && !string.IsNullOrWhiteSpace(issue.Name)) return Clean(issue.Name);
        return Clean(Humanize(id.Replace('-', ' ')));
    }

    /// <summary>Only absolute http(s) and mailto addresses become hyperlinks; anything else stays text.</summary>
    public static string? LinkOf(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var clean = XmlText.Sanitize(url!.Trim());
        if (clean.Length > 2000) return null;
        return Uri.TryCreate(clean, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == "mailto")
            ? uri.AbsoluteUri
            : null;
    }

    private static string? FileName(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        var slash = Math.Max(source!.LastIndexOf('/'), source.LastIndexOf('\\'));
        return slash >= 0 && slash < source.Length - 1 ? source.Substring(slash + 1) : source;
    }

    /// <summary>"pressBriefing" → "Press briefing"; "speakerLabelled" → "Speaker labelled".</summary>
    public static string Humanize(string name)
    {
        if (string.IsNullOrEmpty(name)) return name;
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1])) builder.Append(' ').Append(char.ToLowerInvariant(c));
            else builder.Append(i == 0 ? char.ToUpperInvariant(c) : c);
        }
        return builder.ToString();
    }

    /// <summary>A short stable key (FNV-1a, 64 bits, 12 hex digits): the same position gives the same key on every run and machine.</summary>
    public static string Hash(string text) =>
        (Fnv1a.Hash64(text) & 0xFFFFFFFFFFFFUL).ToString("x12", CultureInfo.InvariantCulture);
}
