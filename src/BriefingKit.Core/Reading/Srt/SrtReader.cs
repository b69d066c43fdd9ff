// Reads SubRip captions (.srt), including whisperX output with speaker labels, into turns:
// one turn per run of subtitles by the same speaker, stage directions as annotations.
using System;
using System.Threading;
using BriefingKit.Reading.Internal;
using BriefingKit.Reading.Srt.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads SubRip caption files (<c>.srt</c>), including whisperX output with speaker labels.
/// </summary>
/// <remarks>
/// <para>
/// Each subtitle is an optional index line, a timing line (<c>00:00:01,000 --&gt; 00:00:04,000</c>;
/// <c>.</c> is accepted for <c>,</c>, hours may have one digit) and text lines. Speakers come from
/// a prefix on the first text line: whisperX <c>[SPEAKER_00]:</c> or <c>SPEAKER_00:</c>, a tag line
/// <c>[SPEAKER_00 | 0.72]</c> above the text, or a short, name-like <c>Jane Doe:</c> (not
/// <c>Note that at 5:00:</c> or <c>Honestly:</c>; a one-word name must recur or the file must name
/// other speakers). Each distinct name becomes one
/// <see cref="Speaker"/> (ids <c>s1</c>, <c>s2</c>, …; <see cref="SpeakerKind.Unknown"/>).
/// </para>
/// <para>
/// Consecutive subtitles by the same speaker become one <see cref="Turn"/>, as for
/// <see cref="WebVttReader"/>, and subtitles without a speaker get
/// <see cref="Turn.Speaker"/> <see langword="null"/>, joined only while a sentence runs on without
/// a pause of two seconds or more; one speakerless subtitle between two of the same speaker, or a
/// bridge subtitle shorter than 100 ms, does not split a turn, and text that roll-up captions
/// repeat from the subtitle before is kept once. A line of spaces is not a blank line: it does
/// not end a subtitle. Formatting tags (<c>&lt;i&gt;</c>, <c>&lt;font&gt;</c>,
/// <c>{\an8}</c>) are dropped; subtitles or lines that are only stage directions
/// (<c>[Music]</c>, <c>[BLANK_AUDIO]</c>) become <see cref="Annotation"/>s. Unreadable timing
/// lines, empty subtitles and stray text are warnings with their line; a file without any
/// subtitle is a <see cref="TranscriptFormatException"/>.
/// </para>
/// </remarks>
internal sealed class SrtReader : ITranscriptReader
{
    private const int CommaTimingScore = 95;
    private const int ExtensionScore = 90;
    private const int DotTimingScore = 30;

    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.Srt;

    /// <summary>
    /// 95 when the text has a SubRip timing line (comma before the milliseconds); 90 for a
    /// <c>.srt</c> file with any timing line; 30 for other text with <c>.</c>-style timing lines
    /// (more than <see cref="WebVttReader"/> gives a header-less <c>.vtt</c>, which this
    /// reader can read and that one refuses); 0 for WebVTT (the <c>WEBVTT</c> signature), other
    /// text and non-text input.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>A confidence score from 0 to 100.</returns>
    public int Detect(TranscriptInput input)
    {
        if (input is null || !input.IsText) return 0;
        var head = input.Head();
        if (CaptionDetection.StartsWithWebVttHeader(head)) return 0;
        var (hasTiming, hasCommaTiming) = CaptionDetection.ScanTimingLines(head);
        if (hasCommaTiming) return CommaTimingScore;
        if (!hasTiming) return 0;
        return input.Extension == ".srt" ? ExtensionScore : DotTimingScore;
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        return SrtParser.Parse(input.Text, input.FileName, cancellationToken);
    }
}
