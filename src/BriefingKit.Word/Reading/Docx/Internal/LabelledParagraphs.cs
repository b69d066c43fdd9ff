// The reader's own fallback for documents that are not Teams exports, used when no text
// reader is at hand: "NAME: text" and "Name Surname: text" lines start turns, other lines
// continue the turn before them, and lines before the first label are unattributed.
using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal static class LabelledParagraphs
{
    private static readonly Regex Label = new(@"^(?<label>\p{L}[^:]{0,59}?)[ \t\u00A0]*:(?:[ \t\u00A0]+(?<text>.*))?$",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);

    public static Transcript Read(DocxContent content)
    {
        var speakers = new DocxSpeakers();
        var turns = new List<Turn>();
        string? speaker = null;
        int line = 0;
        var text = new StringBuilder();

        void Flush()
        {
            if (text.Length > 0) turns.Add(new Turn(text.ToString()) { Speaker = speaker, Line = line });
            text.Clear();
        }

        foreach (var paragraphLine in content.Lines)
        {
            var match = Label.Match(paragraphLine.Text);
            if (match.Success && IsLabel(match.Groups["label"].Value.Trim()))
            {
                Flush();
                speaker = speakers.IdFor(match.Groups["label"].Value.Trim());
                line = paragraphLine.Paragraph;
                text.Append(match.Groups["text"].Value.Trim());
                continue;
            }
            if (speaker is null)
            {
                // Before any label: each paragraph is a paragraph of unattributed prose.
                Flush();
                line = paragraphLine.Paragraph;
            }
            if (text.Length > 0) text.Append(' ');
            text.Append(paragraphLine.Text);
        }
        Flush();

        return new Transcript
        {
            Title = content.PropertiesTitle,
            Format = TranscriptFormat.Docx,
            Kind = TranscriptKind.Other,
            Speakers = speakers.ToValueList(),
            Turns = turns.ToValueList(),
        };
    }

    // "MR PRICE", "QUESTION", "Ned Price", "Ms. Psaki": up to five words, each capitalised, so
    // "He said: no" and "The reason is: cost" stay prose.
    private static bool IsLabel(string label)
    {
        var words = label.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 5) return false;
        foreach (var word in words)
        {
            if (!char.IsUpper(word[0])) return false;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c == '.' || c == '-' || c == '\'' || c == '’')) return false;
        }
        return true;
    }
}
