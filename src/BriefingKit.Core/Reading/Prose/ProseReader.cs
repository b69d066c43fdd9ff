// Prose readouts and news articles: no speaker labels; each paragraph is an unattributed
// turn, and speakers come later from attributions ("Secretary Tillerson said").
using System;
using System.Threading;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads prose (a readout, statement or article) into one unattributed turn per paragraph,
/// taking the title from a first short line and the date from a dateline. The reader of last
/// resort for text: any readable text scores a little.
/// </summary>
internal sealed class ProseReader : ITranscriptReader
{
    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.Prose;

    /// <inheritdoc />
    public int Detect(TranscriptInput input) => input is not null && input.IsText ? 10 : 0;

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        var text = input.Text.TrimStart();
        if (text.StartsWith("{", StringComparison.Ordinal) || text.StartsWith("[", StringComparison.Ordinal) && text.TrimEnd().EndsWith("]", StringComparison.Ordinal))
            throw new TranscriptFormatException(input.FileName, 1, "looks like JSON but is not a transcript format BriefingKit reads (Whisper, whisperX, AWS Transcribe or BriefingKit JSON)");
        var draft = new TranscriptDraft();
        ProseParser.Parse(draft, input.Lines, cancellationToken);
        if (draft.Turns.Count == 0) throw new TranscriptFormatException(input.FileName, 0, "no paragraphs of text found (only a title or headings)");
        return draft.ToTranscript(Format);
    }
}
