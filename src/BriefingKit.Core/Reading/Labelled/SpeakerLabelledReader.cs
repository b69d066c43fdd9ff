// Plain text with speaker labels: White House and State Department transcripts, UN
// verbatim records, congressional hearings, Rev and Otter exports (SPEC §3).
using System;
using System.Threading;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads speaker-labelled text: <c>MS. PSAKI:</c>, <c>Q</c>, <c>PRESIDENT YOON:  (As interpreted.)</c>,
/// <c>Mr. Nebenzia (Russian Federation) (spoke in Russian):</c>, indented <c>Senator Reed.</c>,
/// Rev <c>Ned Price: (00:00)</c>, Otter <c>Emma  2:20</c>, <c>[00:09:25] Name:</c>, <c>Name (SL):</c>,
/// name lines <c>Sen. Jane Doe (D-Ore.)</c>, diarised <c>[SPEAKER_00 | 0.72]</c>; a mixed-case <c>Name:</c> seen once
/// counts when the document's other labels have its shape. Wrapped lines join into one turn;
/// stage directions, time marks and end marks become annotations.
/// </summary>
internal sealed class SpeakerLabelledReader : ITranscriptReader
{
    private const int ProbeLines = 400;
    private const int ProbeChars = 64 * 1024;

    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.SpeakerLabelled;

    /// <inheritdoc />
    public int Detect(TranscriptInput input)
    {
        if (input is null || !input.IsText) return 0;
        // A text no longer than the probe is split once for detection and reading (the labels matched here serve
        // the reading too); a longer one is probed on its start, so that detecting another format never splits it all.
        var matches = input.Text.Length <= ProbeChars ? input.LineLabels : new LineLabels(TextLines.Split(input.Head(ProbeChars)));
        var (labels, looksLabelled) = LabelledTextParser.Probe(matches, ProbeLines);
        if (labels >= 3) return 80;
        return looksLabelled ? 30 : 0;
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        var draft = new TranscriptDraft();
        LabelledTextParser.Parse(draft, input.Lines, cancellationToken, matches: input.LineLabels);
        if (draft.Turns.Count == 0) throw new TranscriptFormatException(input.FileName, 0, "no speech found: the text has no speaker labels or paragraphs");
        return draft.ToTranscript(Format);
    }
}
