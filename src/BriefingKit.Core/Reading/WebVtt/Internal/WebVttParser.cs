// The WebVTT file structure (W3C WebVTT §6.1, read leniently): the WEBVTT header, blocks
// separated by blank lines, NOTE/STYLE/REGION blocks skipped, cues of an optional id, a
// timing line and payload lines. Where real files break the rules (no blank line between
// cues, a blank line inside a cue's text, an unreadable timing line) it recovers and warns.
using System;
using System.Collections.Generic;
using System.Threading;
using BriefingKit.Reading.Internal;

namespace BriefingKit.Reading.WebVtt.Internal;

internal sealed class WebVttParser
{
    private readonly string[] _lines;
    private readonly string? _fileName;
    private readonly CaptionTranscriptBuilder _builder = new();
    private readonly SpeakerPrefix _prefixes;

    // The cue being collected. It stays open across a blank line so that text after the blank
    // line without a timing line of its own can still be joined to it.
    private Cue? _cue;
    private string? _previousId;
    private string? _previousSpeaker;
    private int _firstUnreadableLine;
    private bool _afterSpaceLine;

    private WebVttParser(string text, string? fileName)
    {
        _lines = text.Split('\n');
        _fileName = fileName;
        _prefixes = SpeakerPrefix.ForFile(_lines);
    }

    public static Transcript Parse(string text, string? fileName, CancellationToken cancellationToken) =>
        new WebVttParser(text, fileName).Run(cancellationToken);

    private Transcript Run(CancellationToken cancellationToken)
    {
        var i = ReadHeader();
        var state = State.Between;
        for (; i < _lines.Length; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = _lines[i];
            if (line.Length == 0)
            {
                state = State.Between;
                continue;
            }
            // Only an empty line ends a block (W3C WebVTT): YouTube writes a line of one space
            // inside its cues. Such a line says nothing, but a cue id may follow it.
            if (IsBlank(line))
            {
                _afterSpaceLine = state == State.InCue;
                continue;
            }
            switch (state)
            {
                case State.Skipping:
                    break;
                case State.InCue:
                    state = ContinueCue(ref i, _afterSpaceLine);
                    break;
                default:
                    state = StartBlock(ref i);
                    break;
            }
            _afterSpaceLine = false;
        }
        FinishCue();

        if (_builder.CueCount == 0)
        {
            var line = _firstUnreadableLine;
            throw new TranscriptFormatException(_fileName, line, line > 0
                ? "no cue could be read: the timing lines are not of the form \"00:00:01.000 --> 00:00:04.000\""
                : "no cues: a WebVTT file needs at least one timing line such as \"00:00:01.000 --> 00:00:04.000\"");
        }
        return _builder.Build(TranscriptFormat.WebVtt);
    }

    // Returns the index of the first line after the header block.
    private int ReadHeader()
    {
        var i = 0;
        while (i < _lines.Length && IsBlank(_lines[i])) i++;
        if (i == _lines.Length) throw new TranscriptFormatException(_fileName, 0, "the file is empty");
        if (!CaptionDetection.StartsWithWebVttHeader(_lines[i]))
        {
            var hint = CaptionDetection.ScanTimingLines(string.Join("\n", _lines, i, Math.Min(50, _lines.Length - i))).HasCommaTiming
                ? " (it looks like SubRip; read it as SRT)"
                : string.Empty;
            throw new TranscriptFormatException(_fileName, i + 1,
                $"not a WebVTT file: the first line must be \"WEBVTT\" but is \"{Shorten(_lines[i])}\"{hint}");
        }
        // Header lines (Kind:, Language:, X-TIMESTAMP-MAP=) run to the first blank line, unless
        // a cue follows without one.
        i++;
        while (i < _lines.Length && !IsBlank(_lines[i]) && !CaptionTime.HasArrow(_lines[i])) i++;
        return i;
    }

    private State StartBlock(ref int i)
    {
        var line = _lines[i];
        if (IsKeywordBlock(line)) return State.Skipping;

        var status = CaptionTime.ParseTimingLine(line, out var start, out var end);
        if (status == CaptionTimingStatus.Valid) return StartCue(null, i, start, end);
        if (status == CaptionTimingStatus.Invalid) return Unreadable(i);

        // Not a timing line: a cue id when the next line is the timing line.
        if (i + 1 < _lines.Length && CaptionTime.HasArrow(_lines[i + 1]))
        {
            var id = line.Trim();
            i++;
            status = CaptionTime.ParseTimingLine(_lines[i], out start, out end);
            return status == CaptionTimingStatus.Valid ? StartCue(id, i, start, end) : Unreadable(i);
        }

        if (_cue is null)
        {
            _builder.Warn(i + 1, $"text outside any cue is ignored: \"{Shorten(line)}\"");
            return State.Skipping;
        }
        _builder.Warn(i + 1, "text after a blank line has no timing line of its own; it is joined to the cue before");
        _cue.Payload.Add(new CaptionLine(i + 1, line));
        return State.InCue;
    }

    private State ContinueCue(ref int i, bool afterSpaceLine)
    {
        var line = _lines[i];
        // A cue that follows without a blank line: its timing line, or its id and timing line
        // (any id after a line of spaces that stood in for the blank line).
        if (CaptionTime.ParseTimingLine(line, out var start, out var end) == CaptionTimingStatus.Valid)
            return StartCue(null, i, start, end);
        if (i + 1 < _lines.Length && (afterSpaceLine || WebVttCueId.LooksLikeId(line))
            && CaptionTime.ParseTimingLine(_lines[i + 1], out start, out end) == CaptionTimingStatus.Valid)
        {
            i++;
            return StartCue(line.Trim(), i, start, end);
        }
        _cue!.Payload.Add(new CaptionLine(i + 1, line));
        return State.InCue;
    }

    private State StartCue(string? id, int index, TimeSpan start, TimeSpan end)
    {
        FinishCue();
        _cue = new Cue(id, index + 1, start, end);
        return State.InCue;
    }

    private State Unreadable(int index)
    {
        FinishCue();
        _cue = null;
        if (_firstUnreadableLine == 0) _firstUnreadableLine = index + 1;
        _builder.Warn(index + 1, $"cannot read the timing line \"{Shorten(_lines[index])}\" (expected \"00:00:01.000 --> 00:00:04.000\"); the cue is skipped");
        return State.Skipping;
    }

    private void FinishCue()
    {
        if (_cue is null) return;
        var cue = _cue;
        _cue = null;

        var segments = WebVttCueText.Parse(cue.Payload, out var hasVoice);
        // Zoom writes "Name: text" instead of a voice span.
        if (!hasVoice && segments.Count > 0) segments[0] = _prefixes.Apply(segments[0].Lines);
        // A Teams utterance split over several cues keeps its speaker even where a part lost the voice span.
        if (segments.TrueForAll(s => s.Speaker is null) && _previousSpeaker is not null && WebVttCueId.SameUtterance(_previousId, cue.Id))
            segments = segments.ConvertAll(s => s with { Speaker = _previousSpeaker });

        _builder.AddCue(cue.Line, cue.Start, cue.End, segments);
        _previousId = cue.Id;
        _previousSpeaker = segments.Count > 0 ? segments[segments.Count - 1].Speaker : null;
    }

    private static bool IsKeywordBlock(string line) =>
        StartsWithKeyword(line, "NOTE") || StartsWithKeyword(line, "STYLE") || StartsWithKeyword(line, "REGION");

    private static bool StartsWithKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal)
        && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    private static bool IsBlank(string line) => line.Trim().Length == 0;

    private static string Shorten(string line)
    {
        line = line.Trim();
        return line.Length <= 60 ? line : line.Substring(0, 60) + "…";
    }

    private enum State
    {
        Between,
        InCue,
        Skipping,
    }

    private sealed class Cue
    {
        public Cue(string? id, int line, TimeSpan start, TimeSpan end)
        {
            Id = id;
            Line = line;
            Start = start;
            End = end;
        }

        public string? Id { get; }
        public int Line { get; }
        public TimeSpan Start { get; }
        public TimeSpan End { get; }
        public List<CaptionLine> Payload { get; } = new();
    }
}
