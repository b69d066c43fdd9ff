// Hands a document that is not a Teams export to the text readers the pipeline was built
// with (speaker-labelled, prose, …), so a State Department transcript saved as Word gets the
// same treatment as the same transcript saved as text. Paragraphs are separated by a blank
// line, soft line breaks by a line end; the lines in the result are mapped back to paragraphs.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Reading;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal static class DelegatedText
{
    /// <summary>The transcript read by the most confident text reader, or null when none claims the text.</summary>
    public static Transcript? TryRead(DocxContent content, IReadOnlyList<ITranscriptReader> readers, string? fileName, CancellationToken cancellationToken)
    {
        if (readers.Count == 0 || content.Lines.Count == 0) return null;

        var text = new StringBuilder();
        var paragraphOfLine = new List<int>();
        var previous = 0;
        foreach (var line in content.Lines)
        {
            if (paragraphOfLine.Count > 0)
            {
                text.Append('\n');
                if (line.Paragraph != previous)
                {
                    text.Append('\n');
                    paragraphOfLine.Add(previous);
                }
            }
            text.Append(line.Text);
            paragraphOfLine.Add(line.Paragraph);
            previous = line.Paragraph;
        }

        var input = new TranscriptInput(Encoding.UTF8.GetBytes(text.ToString()), fileName);
        ITranscriptReader? best = null;
        var bestScore = 0;
        foreach (var reader in readers)
        {
            var score = reader.Detect(input);
            if (score <= bestScore) continue;
            best = reader;
            bestScore = score;
        }
        if (best is null) return null;

        int Paragraph(int line) => line <= 0 ? 0 : paragraphOfLine[Math.Min(line, paragraphOfLine.Count) - 1];

        Transcript transcript;
        try
        {
            transcript = best.Read(input, cancellationToken);
        }
        catch (TranscriptFormatException ex)
        {
            throw new TranscriptFormatException(fileName, Paragraph(ex.Line), ex.Reason, ex);
        }

        return transcript with
        {
            Format = TranscriptFormat.Docx,
            Title = transcript.Title ?? content.PropertiesTitle,
            Turns = transcript.Turns.Select(t => t with { Line = Paragraph(t.Line) }).ToValueList(),
            Annotations = transcript.Annotations.Select(a => a with { Line = Paragraph(a.Line) }).ToValueList(),
            Quotes = transcript.Quotes.Select(q => q with { Line = Paragraph(q.Line) }).ToValueList(),
            Positions = transcript.Positions.Select(p => p with { Line = Paragraph(p.Line) }).ToValueList(),
            Commitments = transcript.Commitments.Select(c => c with { Line = Paragraph(c.Line) }).ToValueList(),
            Diagnostics = transcript.Diagnostics.Select(d => d with { Line = Paragraph(d.Line) }).ToValueList(),
        };
    }
}
