// Reads WebVTT captions (W3C, Microsoft Teams, Zoom) into turns: one turn per run of cues by
// the same speaker, stage directions as annotations, recoverable oddities as warnings.
using System;
using System.Threading;
using BriefingKit.Reading.Internal;
using BriefingKit.Reading.WebVtt.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads WebVTT caption files (<c>.vtt</c>): W3C WebVTT, Microsoft Teams transcripts and Zoom
/// transcripts.
/// </summary>
/// <remarks>
/// <para>
/// Speakers come from <c>&lt;v Name&gt;</c> voice spans (Teams; character references in the name
/// are decoded, the closing tag is optional, a cue may hold several spans) or from a
/// <c>Name:</c> prefix on a cue's first line (Zoom, whisperX <c>[SPEAKER_00]:</c>) or a
/// <c>[SPEAKER_00 | 0.72]</c> tag line; only a short, name-like prefix counts (not
/// <c>Honestly:</c> or <c>Note:</c>; a one-word name must recur or the file must name other speakers). Each distinct name becomes one <see cref="Speaker"/> (ids <c>s1</c>,
/// <c>s2</c>, … in order of first appearance; <see cref="SpeakerKind.Unknown"/>).
/// </para>
/// <para>
/// Consecutive cues by the same speaker become one <see cref="Turn"/> (text joined with single
/// spaces, <see cref="Turn.Start"/> of the first cue, <see cref="Turn.End"/> of the last,
/// <see cref="Turn.Line"/> the first cue's timing line). Cues that name no speaker get
/// <see cref="Turn.Speaker"/> <see langword="null"/> — no "Unknown" speaker is invented — and,
/// since nothing says they are by one person, they are joined only while a sentence runs on
/// across cues without a pause of two seconds or more; each such turn is one or more whole
/// sentences with its own start time. One speakerless cue between two cues of the same speaker,
/// or a bridge cue shorter than 100 ms, does not split a turn. Roll-up captions (YouTube
/// auto-captions) that repeat the previous cue's last line, or grow a cue word by word, are
/// kept once, and their word-timing tags (<c>&lt;00:00:01.520&gt;&lt;c&gt; word&lt;/c&gt;</c>) dropped.
/// </para>
/// <para>
/// Other tags are dropped and character references decoded. Cues or voice spans (or whole
/// lines) that are only stage directions such as <c>[Music]</c> or <c>(laughter)</c> become
/// <see cref="Annotation"/>s. Teams' non-conformant times (<c>0:0:5.320</c>, <c>00:01.5</c>) are
/// accepted. Only an empty line ends a cue: a line of spaces inside one (as YouTube writes) does
/// not. An unreadable timing line, a cue without text or a cue ending before it starts is
/// a warning with its line; a file without the <c>WEBVTT</c> header or without any cue is a
/// <see cref="TranscriptFormatException"/>.
/// </para>
/// </remarks>
internal sealed class WebVttReader : ITranscriptReader
{
    private const int HeaderScore = 100;
    private const int ExtensionScore = 20;

    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.WebVtt;

    /// <summary>
    /// 100 when the text starts with the <c>WEBVTT</c> signature; 20 for a <c>.vtt</c> file
    /// without it that still has timing lines; 0 otherwise (including non-text input).
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>A confidence score from 0 to 100.</returns>
    public int Detect(TranscriptInput input)
    {
        if (input is null || !input.IsText) return 0;
        var head = input.Head();
        if (CaptionDetection.StartsWithWebVttHeader(head)) return HeaderScore;
        return input.Extension == ".vtt" && CaptionDetection.ScanTimingLines(head).HasTiming ? ExtensionScore : 0;
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        return WebVttParser.Parse(input.Text, input.FileName, cancellationToken);
    }
}
