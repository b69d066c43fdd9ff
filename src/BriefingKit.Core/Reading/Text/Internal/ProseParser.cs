// Splits prose into paragraphs (blank-line separated, wrapped lines joined) and files each
// as title, dateline, heading or unattributed turn.
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace BriefingKit.Reading.Text.Internal;

internal static class ProseParser
{
    /// <summary>Reads <paramref name="lines"/> into <paramref name="draft"/>.</summary>
    /// <param name="draft">Receives title, date, turns and annotations.</param>
    /// <param name="lines">The text, line by line.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="layout">The lines as laid out in the file, when <paramref name="lines"/> were derived from
    /// them line for line (Markdown made plain): hard wrapping is judged on these.</param>
    /// <param name="headings">0-based lines that are headings (Markdown <c>## …</c>): a title or an annotation, never a paragraph.</param>
    public static void Parse(TranscriptDraft draft, string[] lines, CancellationToken cancellationToken, string[]? layout = null, ISet<int>? headings = null)
    {
        var paragraph = new List<string>();
        var start = 0;
        layout = layout is not null && layout.Length == lines.Length ? layout : lines;
        var width = TextLines.WrapWidth(layout);
        for (var i = 0; i <= lines.Length; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var blank = i == lines.Length || TextLines.IsBlank(lines[i]);
            // Only a line that starts as an annotation can be one: others are not trimmed (a copy) to check.
            if (!blank && StageDirections.MayStartAnnotation(TextLines.FirstNonSpace(lines[i])))
            {
                var trimmed = lines[i].Trim();
                if (StageDirections.IsAnnotationLine(trimmed)
                    && !StageDirections.ContinuesSentence(trimmed, paragraph.Count > 0 ? paragraph[paragraph.Count - 1] : null))
                {
                    Flush(draft, paragraph, start);
                    draft.Annotations.Add(new Annotation(TextLines.Normalize(trimmed), i + 1));
                    continue;
                }
            }
            if (blank)
            {
                Flush(draft, paragraph, start);
                continue;
            }
            if (headings is not null && headings.Contains(i))
            {
                Flush(draft, paragraph, start);
                LooseParagraphs.AddHeading(draft, TextLines.Normalize(lines[i]), i + 1);
                continue;
            }
            var line = lines[i];
            if (Bullets.Strip(ref line)) Flush(draft, paragraph, start);
            // Until the first real paragraph (title, junk lines, dateline) lines are separate unless wrapped.
            else if (draft.Turns.Count == 0 && paragraph.Count > 0 && !TextLines.ContinuesWrapped(layout[i - 1], layout[i], width)) Flush(draft, paragraph, start);
            if (paragraph.Count == 0) start = i + 1;
            paragraph.Add(line);
        }
    }

    private static void Flush(TranscriptDraft draft, List<string> paragraph, int line)
    {
        if (paragraph.Count == 0) return;
        var removed = new List<(string Text, int Index)>();
        var text = TextLines.Paragraph(paragraph, removed, out var starts);
        var lineNumbers = Enumerable.Range(line, paragraph.Count).ToList();
        foreach (var (direction, index) in removed)
            draft.Annotations.Add(new Annotation(TextLines.Normalize(direction), TextLines.LineAt(index, starts, lineNumbers)));
        var lineCount = paragraph.Count;
        var offsets = lineCount > 1 ? TextLines.LineOffsets(text, paragraph) : null;
        paragraph.Clear();
        if (text.Length > 0) LooseParagraphs.Add(draft, text, line, lineCount, header: false, offsets);
    }
}
