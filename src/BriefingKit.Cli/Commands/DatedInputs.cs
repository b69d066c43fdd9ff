// The matrix's view of the inputs: the transcripts with a date (the run's --date given to those
// without one), handed on one at a time, and what to tell the user about the others, gathered to
// be said after every input is read (where the matrix has always said it).
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Cli.Inputs;
using BriefingKit.Excel;

namespace BriefingKit.Cli.Commands;

internal sealed class DatedInputs
{
    private readonly TranscriptLoader _loader;
    private readonly ExpandedInputs _inputs;
    private readonly LoadTally _tally;
    private readonly DateTime? _undatedOn;
    private readonly IsoWeek? _only;
    private readonly SortedSet<IsoWeek> _weeksRead = new();
    private readonly SortedSet<IsoWeek> _keptWeeks = new();

    public DatedInputs(TranscriptLoader loader, ExpandedInputs inputs, LoadTally tally, DateTime? undatedOn, IsoWeek? only)
    {
        _loader = loader;
        _inputs = inputs;
        _tally = tally;
        _undatedOn = undatedOn;
        _only = only;
    }

    /// <summary>Whether the inputs have been read to their end.</summary>
    public bool Read { get; private set; }

    /// <summary>Warnings about inputs left out (no date, or a date no workbook can show), in input order.</summary>
    public List<string> Warnings { get; } = new();

    /// <summary>How many inputs have a date (their own or --date).</summary>
    public int Dated { get; private set; }

    /// <summary>How many dated inputs are of the week asked for (all of them without --week).</summary>
    public int Kept { get; private set; }

    /// <summary>The weeks of the dated inputs, in order.</summary>
    public IReadOnlyCollection<IsoWeek> WeeksRead => _weeksRead;

    /// <summary>The weeks of the inputs kept, in order.</summary>
    public IReadOnlyCollection<IsoWeek> KeptWeeks => _keptWeeks;

    /// <summary>The dated transcripts in input order, as they are read.</summary>
    public async IAsyncEnumerable<Transcript> ReadAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var transcript in _loader.ReadAsync(_inputs, _tally, ct).ConfigureAwait(false))
        {
            if (transcript.Date is { } date && !IsoWeek.TryFromDate(date, out _))
                Warnings.Add($"briefingkit: {transcript.Source}: warning: its date {date:yyyy-MM-dd} has no ISO week a workbook can show (years 1 to 9998), so it is left out of the matrix.");
            else if (transcript.Date is not null) yield return Count(transcript);
            else if (_undatedOn is { } day) yield return Count(transcript with { Date = day });
            else
                Warnings.Add($"briefingkit: {transcript.Source}: warning: no date, so it belongs to no week and is left out of the matrix (give this run --date yyyy-mm-dd, or give the file a date: 'date:' in its front matter or a dateline).");
        }
        Read = true;
        _loader.Report($"writing the matrix from {Dated} inputs");
    }

    private Transcript Count(Transcript transcript)
    {
        var week = IsoWeek.FromDate(transcript.Date!.Value);
        Dated++;
        _weeksRead.Add(week);
        if (_only is null || week == _only)
        {
            Kept++;
            _keptWeeks.Add(week);
        }
        return transcript;
    }
}
