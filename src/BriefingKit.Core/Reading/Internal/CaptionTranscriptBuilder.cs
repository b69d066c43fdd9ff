// Turns a sequence of timed caption cues into turns, speakers and annotations, the same way
// for every caption format: consecutive cues by one speaker become one turn (a bridge cue or
// one speakerless cue between them does not split it); text that roll-up captions repeat is
// kept once; stage directions become annotations; recoverable oddities become warnings.
using System;
using System.Collections.Generic;
using System.Text;

namespace BriefingKit.Reading.Internal;

internal sealed class CaptionTranscriptBuilder
{
    // Unattributed cues are joined only while a sentence runs on and the speech does not pause:
    // nothing says two such cues are by the same person, so one turn per sentence (with its
    // own start time) is what a reader of the memo can cite.
    private static readonly TimeSpan UnattributedPause = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, string> _speakerIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Speaker> _speakers = new();
    private readonly List<Turn> _turns = new();
    private readonly List<Annotation> _annotations = new();
    private readonly List<Diagnostic> _diagnostics = new();
    private readonly StringBuilder _text = new();
    private bool _open;
    private string? _speaker;
    private TimeSpan _start, _end;
    private int _line;
    private HeldCue? _held;

    // The previous cue's last segment as written, for roll-up captions that repeat it.
    private List<string> _previousLines = new();
    private string? _previousSpeaker;

    /// <summary>How many cues (timing lines read) were added.</summary>
    public int CueCount { get; private set; }

    public void Warn(int line, string message) =>
        _diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, line, message));

    public void AddCue(int line, TimeSpan start, TimeSpan end, IReadOnlyList<CaptionSegment> segments)
    {
        CueCount++;
        if (end < start)
        {
            Warn(line, $"the cue ends ({Clock(end)}) before it starts ({Clock(start)}); its end is taken to be its start");
            end = start;
        }

        // A bridge cue too short to read says nothing new and belongs to the turn it bridges.
        var bridge = end - start < RollingCaptions.BridgeDuration;
        var said = false;
        var annotated = false;
        List<string>? lastLines = null;
        string? lastSpeaker = null;
        foreach (var segment in segments)
        {
            var lines = Collapsed(segment);
            if (lines.Count == 0) continue;
            var speaker = bridge && _open ? _speaker : segment.Speaker is null ? null : SpeakerId(segment.Speaker);
            var written = lines.ConvertAll(l => l.Text);
            // Only a cue's first words can repeat the cue before.
            if (lastLines is null && _previousLines.Count > 0 && string.Equals(speaker, _previousSpeaker, StringComparison.Ordinal))
                lines = RollingCaptions.DropRepeat(lines, _previousLines, bridge);
            lastLines = written;
            lastSpeaker = speaker;

            var text = TakeSpeech(lines, ref annotated);
            if (text.Length == 0) continue;
            said = true;
            if (_held is not null) EndHeld(speaker, start);
            if (Holds(speaker, start, segments.Count))
            {
                _held = new HeldCue(text, line, start, end);
                continue;
            }
            if (!Continues(speaker, start))
            {
                Flush();
                Open(speaker, start, line);
            }
            Append(text, end);
        }
        if (lastLines is not null)
        {
            _previousLines = lastLines;
            _previousSpeaker = lastSpeaker;
        }
        if (!said && !annotated && !bridge) Warn(line, "the cue has no text; it is skipped");
    }

    public Transcript Build(TranscriptFormat format)
    {
        if (_held is not null) EndHeld(null, TimeSpan.MaxValue);
        Flush();
        return new Transcript
        {
            Format = format,
            Kind = TranscriptKind.Meeting,
            Speakers = _speakers.ToValueList(),
            Turns = _turns.ToValueList(),
            Annotations = _annotations.ToValueList(),
            Diagnostics = _diagnostics.ToValueList(),
        };
    }

    private bool Continues(string? speaker, TimeSpan start)
    {
        if (!_open || !string.Equals(speaker, _speaker, StringComparison.Ordinal)) return false;
        if (speaker is not null) return true;
        return !CaptionText.EndsSentence(_text) && start - _end < UnattributedPause;
    }

    // A cue without a speaker between two cues of the named speaker whose turn is open (a line
    // whose name prefix was lost or never written) is held until the next cue shows whether
    // that speaker goes on.
    private bool Holds(string? speaker, TimeSpan start, int segmentCount) =>
        speaker is null && segmentCount == 1 && _open && _speaker is not null && start - _end < UnattributedPause;

    // The cue after a held one decides: the same speaker goes on (the held text is theirs), or
    // the held cue becomes a turn without a speaker, as any unattributed cue.
    private void EndHeld(string? speaker, TimeSpan start)
    {
        var held = _held!;
        _held = null;
        if (speaker is not null && _open && string.Equals(speaker, _speaker, StringComparison.Ordinal) && start - held.End < UnattributedPause)
        {
            Append(held.Text, held.End);
            return;
        }
        Flush();
        Open(null, held.Start, held.Line);
        Append(held.Text, held.End);
    }

    private void Open(string? speaker, TimeSpan start, int line)
    {
        _open = true;
        _speaker = speaker;
        _start = start;
        _line = line;
    }

    private void Append(string text, TimeSpan end)
    {
        if (_text.Length > 0) _text.Append(' ');
        _text.Append(text);
        _end = end;
    }

    private static List<CaptionLine> Collapsed(CaptionSegment segment)
    {
        var lines = new List<CaptionLine>(segment.Lines.Count);
        foreach (var line in segment.Lines)
        {
            var text = CaptionText.Collapse(line.Text);
            if (text.Length > 0) lines.Add(new CaptionLine(line.Number, text));
        }
        return lines;
    }

    // Removes whole-segment and whole-line stage directions, recording each as an annotation;
    // returns the rest as one line. "[inaudible]" inside a sentence stays: it marks a gap in
    // what would otherwise be quoted as exact words.
    private string TakeSpeech(List<CaptionLine> lines, ref bool annotated)
    {
        if (lines.Count == 0) return string.Empty;

        var whole = lines.Count == 1 ? lines[0].Text : string.Join(" ", lines.ConvertAll(l => l.Text));
        if (CaptionText.IsStageDirection(whole))
        {
            _annotations.Add(new Annotation(whole, lines[0].Number));
            annotated = true;
            return string.Empty;
        }
        if (lines.Count == 1) return whole;

        var kept = new StringBuilder(whole.Length);
        foreach (var line in lines)
        {
            if (CaptionText.IsStageDirection(line.Text))
            {
                _annotations.Add(new Annotation(line.Text, line.Number));
                annotated = true;
                continue;
            }
            if (kept.Length > 0) kept.Append(' ');
            kept.Append(line.Text);
        }
        return kept.ToString();
    }

    private string SpeakerId(string name)
    {
        name = CaptionText.Collapse(name);
        if (_speakerIds.TryGetValue(name, out var id)) return id;
        id = "s" + (_speakers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        _speakerIds.Add(name, id);
        _speakers.Add(new Speaker(id, name) { Label = name, Kind = SpeakerKind.Unknown });
        return id;
    }

    private void Flush()
    {
        if (!_open) return;
        _turns.Add(new Turn(_text.ToString()) { Speaker = _speaker, Start = _start, End = _end, Line = _line });
        _text.Clear();
        _open = false;
    }

    private static string Clock(TimeSpan time) => BriefingKit.Json.Internal.ClockTimeJsonConverter.Format(time);

    private sealed record HeldCue(string Text, int Line, TimeSpan Start, TimeSpan End);
}
