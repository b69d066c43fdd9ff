// The SubRip file structure, read leniently: subtitles of an optional numeric index, a timing
// line ("00:00:01,000 --> 00:00:04,000", '.' accepted for ',', one-digit hours, coordinates
// ignored) and text lines, separated by blank lines that real files sometimes omit or double.
using System;
using System.Collections.Generic;
using System.Threading;
using BriefingKit.Reading.Internal;

namespace BriefingKit.Reading.Srt.Internal;

internal sealed class SrtParser
{
    private readonly string[] _lines;
    private readonly string? _fileName;
    private readonly CaptionTranscriptBuilder _builder = new();
    private readonly SpeakerPrefix _prefixes;
    private Subtitle? _subtitle;
    private int _firstUnreadableLine;

    private SrtParser(string text, string? fileName)
    {
        _lines = text.Split('\n');
        _fileName = fileName;
        _prefixes = SpeakerPrefix.ForFile(_lines);
    }

    public static Transcript Parse(string text, string? fileName, CancellationToken cancellationToken) =>
        new SrtParser(text, fileName).Run(cancellationToken);

    private Transcript Run(CancellationToken cancellationToken)
    {
        var first = 0;
        while (first < _lines.Length && _lines[first].Trim().Length == 0) first++;
        if (first == _lines.Length) throw new TranscriptFormatException(_fileName, 0, "the file is empty");
        if (CaptionDetection.StartsWithWebVttHeader(_lines[first]))
            throw new TranscriptFormatException(_fileName, first + 1, "this is a WebVTT file (it starts with \"WEBVTT\"), not SubRip; read it as WebVTT");

        var state = State.Between;
        for (var i = first; i < _lines.Length; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            state = Step(i, state);
        }
        Finish();

        if (_builder.CueCount == 0)
        {
            throw new TranscriptFormatException(_fileName, _firstUnreadableLine, _firstUnreadableLine > 0
                ? "no subtitle could be read: the timing lines are not of the form \"00:00:01,000 --> 00:00:04,000\""
                : "no subtitles: an SRT file needs at least one timing line such as \"00:00:01,000 --> 00:00:04,000\"");
        }
        return _builder.Build(TranscriptFormat.Srt);
    }

    private State Step(int i, State state)
    {
        var line = _lines[i];
        if (line.Length == 0) return State.Between;
        // A line of spaces inside a subtitle is not the blank line that ends it: the index and
        // timing line of the next subtitle end it just the same, and text after it stays in.
        if (line.Trim().Length == 0) return state;

        switch (CaptionTime.ParseTimingLine(line, out var start, out var end))
        {
            case CaptionTimingStatus.Valid:
                Finish();
                _subtitle = new Subtitle(i + 1, start, end);
                return State.InSubtitle;
            case CaptionTimingStatus.Invalid:
                Finish();
                if (_firstUnreadableLine == 0) _firstUnreadableLine = i + 1;
                _builder.Warn(i + 1, $"cannot read the timing line \"{Shorten(line)}\" (expected \"00:00:01,000 --> 00:00:04,000\"); the subtitle is skipped");
                return State.Skipping;
        }

        // The index is optional, and a missing blank line must not turn it into text.
        if (IsDigits(line.Trim()) && i + 1 < _lines.Length && CaptionTime.HasArrow(_lines[i + 1])) return State.Between;

        switch (state)
        {
            case State.Skipping:
                return State.Skipping;
            case State.InSubtitle:
                _subtitle!.Text.Add(new CaptionLine(i + 1, line));
                return State.InSubtitle;
        }
        if (_subtitle is null)
        {
            _builder.Warn(i + 1, $"text outside any subtitle is ignored: \"{Shorten(line)}\"");
            return State.Skipping;
        }
        _builder.Warn(i + 1, "text after a blank line has no timing line of its own; it is joined to the subtitle before");
        _subtitle.Text.Add(new CaptionLine(i + 1, line));
        return State.InSubtitle;
    }

    private void Finish()
    {
        if (_subtitle is null) return;
        _builder.AddCue(_subtitle.Line, _subtitle.Start, _subtitle.End, new[] { SrtCueText.Parse(_subtitle.Text, _prefixes) });
        _subtitle = null;
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
            if (c < '0' || c > '9') return false;
        return true;
    }

    private static string Shorten(string line)
    {
        line = line.Trim();
        return line.Length <= 60 ? line : line.Substring(0, 60) + "…";
    }

    private enum State
    {
        Between,
        InSubtitle,
        Skipping,
    }

    private sealed class Subtitle
    {
        public Subtitle(int line, TimeSpan start, TimeSpan end)
        {
            Line = line;
            Start = start;
            End = end;
        }

        public int Line { get; }
        public TimeSpan Start { get; }
        public TimeSpan End { get; }
        public List<CaptionLine> Text { get; } = new();
    }
}
