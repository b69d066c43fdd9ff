// The rows the workbook is made of, built from each transcript as it comes and nothing else of
// it kept: a caller can hand transcripts over one at a time (IAsyncEnumerable) and memory holds the
// rows, not every model with its turns. The rows come out in the order the writer always used
// (by date, then source, then input order), so a list and a stream of the same transcripts give
// the same workbook.
using System;
using System.Collections.Generic;

namespace BriefingKit.Excel.Internal;

internal sealed class MatrixRows
{
    private readonly IsoWeek? _only;
    private readonly List<TranscriptRows> _added = new();
    private readonly CellPool _pool = new();

    /// <param name="only">Keep only transcripts of this week (null: every week).</param>
    public MatrixRows(IsoWeek? only) => _only = only;

    /// <summary>
    /// Makes the rows of one transcript. Undated ones, and dates with no ISO week (a 9999-12-31 placeholder), are left
    /// out: they belong to no week. So are transcripts of other weeks than the one asked for.
    /// </summary>
    public void Add(Transcript? transcript)
    {
        if (transcript?.Date is not { } date || !IsoWeek.TryFromDate(date, out var week)) return;
        if (_only is { } only && only != week) return;
        var rows = new TranscriptRows(date, transcript.Source, _added.Count, week);
        RowBuilder.Add(transcript, week, rows.Positions, rows.Quotes, rows.Commitments, rows.Sources, _pool);
        _added.Add(rows);
    }

    /// <summary>The new rows of each table sheet, ordered by date, then source (ordinal), then input order; and the week of each transcript kept.</summary>
    public (DataSheet Positions, DataSheet Quotes, DataSheet Commitments, DataSheet Sources, List<IsoWeek> Weeks) Sheets()
    {
        var ordered = new List<TranscriptRows>(_added);
        ordered.Sort(static (a, b) =>
        {
            var byDate = a.Date.CompareTo(b.Date);
            if (byDate != 0) return byDate;
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource != 0 ? bySource : a.Index.CompareTo(b.Index);
        });
        var positions = new DataSheet(Columns.PositionsSheet);
        var quotes = new DataSheet(Columns.QuotesSheet);
        var commitments = new DataSheet(Columns.CommitmentsSheet);
        var sources = new DataSheet(Columns.SourcesSheet);
        var weeks = new List<IsoWeek>(ordered.Count);
        foreach (var rows in ordered)
        {
            positions.Rows.AddRange(rows.Positions.Rows);
            quotes.Rows.AddRange(rows.Quotes.Rows);
            commitments.Rows.AddRange(rows.Commitments.Rows);
            sources.Rows.AddRange(rows.Sources.Rows);
            weeks.Add(rows.Week);
        }
        return (positions, quotes, commitments, sources, weeks);
    }

    /// <summary>One transcript's rows and what orders them.</summary>
    private sealed class TranscriptRows(DateTime date, string? source, int index, IsoWeek week)
    {
        public DateTime Date { get; } = date;
        public string? Source { get; } = source;
        public int Index { get; } = index;
        public IsoWeek Week { get; } = week;
        public DataSheet Positions { get; } = new(Columns.PositionsSheet);
        public DataSheet Quotes { get; } = new(Columns.QuotesSheet);
        public DataSheet Commitments { get; } = new(Columns.CommitmentsSheet);
        public DataSheet Sources { get; } = new(Columns.SourcesSheet);
    }
}
