// The rows the workbook is made of, built from each transcript as it comes and nothing else of
// it kept: a caller can hand transcripts over one at a time (IAsyncEnumerable). The Positions, Quotes
// and Commitments rows go to a temporary file (RowSpill) and are read back while the sheets are
// written, so memory holds one Sources row and a few numbers per transcript, not the rows. The rows come out in the order the writer always used
// (by date, then source, then input order), so a list and a stream of the same transcripts give
// the same workbook.
using System;
using System.Collections.Generic;

namespace BriefingKit.Excel.Internal;

internal sealed class MatrixRows : IDisposable
{
    private readonly IsoWeek? _only;
    private readonly List<TranscriptRows> _added = new();
    private readonly RowSpill _spill = new();

    // The distinct keys of each spilled sheet's rows (how many rows the sheet will have, before any is read back).
    private readonly HashSet<ulong> _positionKeys = new();
    private readonly HashSet<ulong> _quoteKeys = new();
    private readonly HashSet<ulong> _commitmentKeys = new();

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
        var positions = new DataSheet(Columns.PositionsSheet);
        var quotes = new DataSheet(Columns.QuotesSheet);
        var commitments = new DataSheet(Columns.CommitmentsSheet);
        var sources = new DataSheet(Columns.SourcesSheet);
        // A pool per transcript: its rows leave memory at once, so a pool kept across inputs would only grow (speaker notes name lines).
        RowBuilder.Add(transcript, week, positions, quotes, commitments, sources, new CellPool());
        _added.Add(new TranscriptRows(date, transcript.Source, _added.Count, week, sources.Rows)
        {
            Positions = Spill(positions.Rows, _positionKeys),
            Quotes = Spill(quotes.Rows, _quoteKeys),
            Commitments = Spill(commitments.Rows, _commitmentKeys),
        });
    }

    /// <summary>
    /// The new rows of each table sheet, ordered by date, then source (ordinal), then input order; and the week of each
    /// transcript kept. The spilled sheets are read from the file each time they are enumerated (one enumeration at a time).
    /// </summary>
    public (FreshRows Positions, FreshRows Quotes, FreshRows Commitments, FreshRows Sources, List<IsoWeek> Weeks) Sheets()
    {
        var ordered = new List<TranscriptRows>(_added);
        ordered.Sort(static (a, b) =>
        {
            var byDate = a.Date.CompareTo(b.Date);
            if (byDate != 0) return byDate;
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource != 0 ? bySource : a.Index.CompareTo(b.Index);
        });
        var sources = new List<DataRow>();
        var weeks = new List<IsoWeek>(ordered.Count);
        foreach (var rows in ordered)
        {
            sources.AddRange(rows.Sources);
            weeks.Add(rows.Week);
        }
        return (
            new FreshRows(Read(ordered, static r => r.Positions), _positionKeys),
            new FreshRows(Read(ordered, static r => r.Quotes), _quoteKeys),
            new FreshRows(Read(ordered, static r => r.Commitments), _commitmentKeys),
            new FreshRows(sources),
            weeks);
    }

    public void Dispose() => _spill.Dispose();

    private Segment Spill(List<DataRow> rows, HashSet<ulong> keys)
    {
        foreach (var row in rows) keys.Add(FreshRows.KeyNumber(row.Get(Columns.Key)));
        return new Segment(rows.Count == 0 ? 0 : _spill.Write(rows), rows.Count);
    }

    private IEnumerable<DataRow> Read(List<TranscriptRows> ordered, Func<TranscriptRows, Segment> segment)
    {
        foreach (var rows in ordered)
        {
            var part = segment(rows);
            if (part.Count == 0) continue;
            foreach (var row in _spill.Read(part.Start, part.Count)) yield return row;
        }
    }

    /// <summary>Where a transcript's rows of one sheet are in the spill file.</summary>
    private readonly record struct Segment(long Start, int Count);

    /// <summary>One transcript's rows (its Sources row kept, the others in the spill file) and what orders them.</summary>
    private sealed class TranscriptRows(DateTime date, string? source, int index, IsoWeek week, List<DataRow> sources)
    {
        public DateTime Date { get; } = date;
        public string? Source { get; } = source;
        public int Index { get; } = index;
        public IsoWeek Week { get; } = week;
        public List<DataRow> Sources { get; } = sources;
        public Segment Positions { get; init; }
        public Segment Quotes { get; init; }
        public Segment Commitments { get; init; }
    }
}
