// Reads speaker-labelled text (SPEC §3) line by line into turns: a label starts a turn,
// blank lines separate paragraphs, hard-wrapped lines join, stage directions and time
// marks become annotations. Used for plain text and for Markdown bodies.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace BriefingKit.Reading.Text.Internal;

internal sealed class LabelledTextParser
{
    private readonly TranscriptDraft _draft;
    private readonly List<string> _paragraph = new();
    private readonly List<int> _paragraphLineNumbers = new();
    private readonly List<(int Line, string Text, int[] Lines, int[] Offsets)> _turnParagraphs = new();
    private int _paragraphLine;
    private Speaker? _speaker;
    private SpeakerLabel? _label;
    private int _turnLine;
    private bool _questionOpen;

    private LabelledTextParser(TranscriptDraft draft) => _draft = draft;

    /// <summary>Counts the lines that carry a speaker label a document may be judged by.</summary>
    public static int CountLabels(string[] lines, int maxLines) => Probe(new LineLabels(lines), maxLines).Labels;

    /// <summary>
    /// Whether a document should be read as labelled text: two labels, or one that is followed by speech on its
    /// line (a speech has a single "THE PRESIDENT:  Good afternoon." at its top). A lone capitals "label" followed
    /// by more capitals is a heading ("THE ALLIANCE: FORGING A FREE AND OPEN INDO-PACIFIC").
    /// </summary>
    public static bool LooksLabelled(string[] lines, int maxLines) => Probe(new LineLabels(lines), maxLines).LooksLabelled;

    /// <summary>
    /// Judges the first <paramref name="maxLines"/> lines once for format detection: how many carry a label
    /// (<see cref="CountLabels"/>) and whether the document should be read as labelled (<see cref="LooksLabelled(string[], int)"/>).
    /// </summary>
    public static (int Labels, bool LooksLabelled) Probe(LineLabels matches, int maxLines)
    {
        var labels = FindLabels(matches, Math.Min(matches.Lines.Length, maxLines));
        int count = 0, seen = 0;
        SpeakerLabel? first = null;
        foreach (var label in labels)
        {
            if (label is null) continue;
            count++;
            if (seen++ == 0) first = label;
        }
        var looksLabelled = count >= 2 || (count == 1 && first!.Rest.Any(char.IsLower));
        return (count, looksLabelled);
    }

    /// <summary>Reads <paramref name="lines"/> into <paramref name="draft"/>.</summary>
    /// <param name="draft">Receives turns, speakers and annotations.</param>
    /// <param name="lines">The text, line by line.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="layout">The lines as laid out in the file, when <paramref name="lines"/> were derived from
    /// them line for line (Markdown made plain): hard wrapping is judged on these.</param>
    /// <param name="headings">0-based lines that are headings (Markdown <c>## …</c>): a title or an annotation, never speech.</param>
    /// <param name="matches">The labels already matched on <paramref name="lines"/> (by detection), if any.</param>
    public static void Parse(TranscriptDraft draft, string[] lines, CancellationToken cancellationToken, string[]? layout = null, ISet<int>? headings = null, LineLabels? matches = null)
    {
        var parser = new LabelledTextParser(draft);
        var labels = FindLabels(matches is not null && matches.Lines == lines ? matches : new LineLabels(lines), lines.Length);
        var baseIndent = CommonIndent(lines);
        layout = layout is not null && layout.Length == lines.Length ? layout : lines;
        var width = TextLines.WrapWidth(layout);
        var noteStart = 0;
        var note = new List<string>();

        for (var i = 0; i < lines.Length; i++)
        {
            if ((i & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            var lineNumber = i + 1;

            if (note.Count > 0)
            {
                var trimmed = line.Trim();
                note.Add(trimmed);
                if (StageDirections.ClosesMultiLineNote(trimmed)) parser.EndNote(note, noteStart);
                continue;
            }
            if (TextLines.IsBlank(line))
            {
                parser.EndParagraph();
                continue;
            }
            if (headings is not null && headings.Contains(i))
            {
                parser.EndParagraph();
                LooseParagraphs.AddHeading(draft, TextLines.Normalize(line), lineNumber);
                continue;
            }
            var label = labels[i];
            // Only a line that starts as an annotation or a note can be one: others are not trimmed (a copy) to check.
            if (StageDirections.MayStartAnnotation(TextLines.FirstNonSpace(line)))
            {
                var trimmed = line.Trim();
                if (label is null && StageDirections.IsAnnotationLine(trimmed) && !StageDirections.ContinuesSentence(trimmed, parser.LastLine))
                {
                    parser.EndParagraph();
                    draft.Annotations.Add(new Annotation(TextLines.Normalize(trimmed), lineNumber));
                    continue;
                }
                if (StageDirections.OpensMultiLineNote(trimmed))
                {
                    parser.EndParagraph();
                    noteStart = lineNumber;
                    note.Add(trimmed);
                    continue;
                }
            }

            if (label is not null)
            {
                parser.StartTurn(label, lineNumber);
                if (label.Rest.Length > 0) parser.AddLine(label.Rest, lineNumber, indented: false);
                continue;
            }

            var indented = Indent(line) - baseIndent >= 2;
            // Before the first label (the header: title, place, date) lines are separate unless wrapped.
            if (parser.BeforeFirstLabel && parser.LastLine is not null && i > 0 && !TextLines.ContinuesWrapped(layout[i - 1], layout[i], width)) parser.EndParagraph();
            parser.AddLine(line, lineNumber, indented);
        }

        if (note.Count > 0)
        {
            draft.Warn(noteStart, "a bracketed note is never closed; kept as an annotation");
            parser.EndNote(note, noteStart);
        }
        parser.EndTurn();
    }

    /// <summary>
    /// Labels per line. Unambiguous styles always count; a mixed-case "Name: text" counts when the document
    /// repeats it, or when it has the shape of labels the document uses a lot (see <see cref="LabelShapes"/>);
    /// a label must start a paragraph (follow a blank line, another label, or a finished sentence) so wrapped
    /// lines are not mistaken for one. A name line ("Sen. Jane Doe (D-Ore.)") counts when speech follows it and
    /// it carries a party code, or the document has such lines.
    /// </summary>
    private static SpeakerLabel?[] FindLabels(LineLabels matches, int count)
    {
        var lines = matches.Lines;
        var labels = new SpeakerLabel?[count];
        var mixedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var capitalsDocument = IsWrittenInCapitals(lines, count);
        var partyLines = 0;
        for (var i = 0; i < count; i++)
        {
            var label = matches[i];
            if (label is null) continue;
            // "THE ALLIANCE: FORGING A FREE AND OPEN INDO-PACIFIC" is a heading: speech is not in capitals,
            // unless the whole document is.
            if (label.Style == LabelStyle.Capitals && !capitalsDocument && IsCapitalsPhrase(label.Rest)) continue;
            if (label.Style is LabelStyle.Capitals or LabelStyle.MixedCase or LabelStyle.NameLine && i > 0 && !StartsParagraph(lines[i - 1], labels[i - 1])) continue;
            // A label alone on its line names the speaker of the text below it; with nothing below it is a heading.
            if (label.Rest.Length == 0 && label.Style is LabelStyle.MixedCase or LabelStyle.NameLine && !SpeechFollows(matches, i, count)) continue;
            labels[i] = label;
            if (label.Style == LabelStyle.MixedCase) mixedCounts[label.Key] = mixedCounts.TryGetValue(label.Key, out var n) ? n + 1 : 1;
            if (label.Party is not null) partyLines++;
        }

        // The shapes the document's sure labels have, counted by paragraph.
        var shapes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (label is null || (label.Style == LabelStyle.MixedCase && mixedCounts[label.Key] < 2)) continue;
            if (LabelShapes.Of(label.Label) is { } shape) shapes[shape] = shapes.TryGetValue(shape, out var n) ? n + 1 : 1;
        }

        var personParagraphs = shapes.Where(s => LabelShapes.IsPerson(s.Key)).Sum(s => s.Value);

        // In a UN verbatim record ("Mr. Nebenzia (Russian Federation):") a briefer or the presiding officer may
        // speak once without a delegation: "Ms. DiCarlo:", "The President:". There a courtesy title marks a label.
        var verbatimRecord = labels.Any(l => l is { Style: LabelStyle.UnitedNations, Affiliation: not null });
        for (var i = 0; i < count; i++)
        {
            if (labels[i] is { Style: LabelStyle.NameLine, Party: null } && partyLines == 0) labels[i] = null;
            if (labels[i] is not { Style: LabelStyle.MixedCase } mixed || mixedCounts[mixed.Key] >= 2) continue;
            if (verbatimRecord && SpeakerLabelMatcher.StartsWithCourtesyTitle(mixed.Label)) continue;
            var shape = LabelShapes.Of(mixed.Label);
            var established = shape is not null && shapes.TryGetValue(shape, out var uses) && uses >= LabelShapes.EstablishedCount;
            // A courtesy title before a name ("Mr. Haskins:") marks a person in any document labelled with people.
            if (shape == "titled" && SpeakerLabelMatcher.StartsWithCourtesyTitle(mixed.Label)) established |= personParagraphs >= LabelShapes.EstablishedCount;
            if (!established || !LabelShapes.MayStandAlone(mixed.Label, shape!)) labels[i] = null;
        }
        return labels;
    }

    // The next non-blank line is speech, not another label or the end of the text.
    private static bool SpeechFollows(LineLabels matches, int index, int count)
    {
        var lines = matches.Lines;
        for (var j = index + 1; j < count; j++)
        {
            if (TextLines.IsBlank(lines[j])) continue;
            return matches[j] is null && !StageDirections.IsAnnotationLine(lines[j].Trim());
        }
        return false;
    }

    private static bool IsCapitalsPhrase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 8 && TextLines.WordCount(text) >= 2;
    }

    /// <summary>Whether the text is (almost) all in capitals, as some caption-style transcripts are.</summary>
    private static bool IsWrittenInCapitals(string[] lines, int count)
    {
        // Every character still to read could be a letter: once the lower case seen outweighs even that, the
        // answer is no, so ordinary text is judged on its first lines instead of all of them.
        long remaining = 0;
        for (var i = 0; i < count; i++) remaining += lines[i].Length;
        long letters = 0, lower = 0;
        for (var i = 0; i < count; i++)
        {
            foreach (var c in lines[i])
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.IsLower(c)) lower++;
            }
            remaining -= lines[i].Length;
            if (lower * 20 >= letters + remaining) return false;
        }
        return letters > 0 && lower * 20 < letters;
    }

    private static int Indent(string line)
    {
        var indent = 0;
        while (indent < line.Length && line[indent] is ' ' or '\t') indent++;
        return indent;
    }

    private static int CommonIndent(string[] lines)
    {
        var min = int.MaxValue;
        foreach (var line in lines)
            if (!TextLines.IsBlank(line)) min = Math.Min(min, Indent(line));
        return min == int.MaxValue ? 0 : min;
    }

    // A label alone on its line ("Ned Price: (00:00)") is followed by speech; a label with speech after it
    // ("MR PRICE:  … our allies in") may be continued by the next line, which is then no label ("NATO: the …").
    private static bool StartsParagraph(string previous, SpeakerLabel? previousLabel) =>
        TextLines.IsBlank(previous) || previousLabel is { Rest.Length: 0 } || TextLines.EndsSentence(previous.TrimEnd())
        || StageDirections.IsAnnotationLine(previous.Trim());

    /// <summary>No label has been read yet: this is the header (title, place, date, time).</summary>
    private bool BeforeFirstLabel => _speaker is null;

    /// <summary>The last line of the paragraph being read, if one is open.</summary>
    private string? LastLine => _paragraph.Count > 0 ? _paragraph[_paragraph.Count - 1] : null;

    private void StartTurn(SpeakerLabel label, int line)
    {
        EndTurn();
        _label = label;
        _speaker = _draft.SpeakerFor(label);
        _turnLine = line;
        if (label.Note is not null) _draft.Annotations.Add(new Annotation("(" + label.Note + ")", line));
    }

    private void AddLine(string text, int line, bool indented)
    {
        // Hearing records mark a new paragraph by indenting its first line instead of a blank line.
        // A bullet ("• ", from Markdown or a readout) is a paragraph of its own.
        var bullet = Bullets.Strip(ref text);
        if ((indented || bullet) && _paragraph.Count > 0) EndParagraph();
        if (_paragraph.Count == 0) _paragraphLine = line;
        _paragraph.Add(text);
        _paragraphLineNumbers.Add(line);
    }

    private void EndParagraph()
    {
        if (_paragraph.Count == 0) return;
        var lineCount = _paragraph.Count;
        var removed = new List<(string Text, int Index)>();
        var text = TextLines.Paragraph(_paragraph, removed, out var starts);
        foreach (var (direction, index) in removed)
            _draft.Annotations.Add(new Annotation(TextLines.Normalize(direction), TextLines.LineAt(index, starts, _paragraphLineNumbers)));
        var line = _paragraphLine;
        var lineNumbers = _paragraphLineNumbers.ToArray();
        var offsets = lineCount > 1 ? TextLines.LineOffsets(text, _paragraph) : new[] { 0 };
        _paragraph.Clear();
        _paragraphLineNumbers.Clear();
        if (text.Length == 0) return;
        if (StageDirections.IsProceduralNote(text))
        {
            _draft.Annotations.Add(new Annotation(text, line));
            return;
        }
        if (lineCount == 1 && (_speaker is not null || _draft.Title is not null) && LooseParagraphs.IsCapitalsHeading(text) && !Datelines.IsDateLine(text))
        {
            LooseParagraphs.AddHeading(_draft, text, line);
            return;
        }

        if (_speaker is null) LooseParagraphs.Add(_draft, text, line, lineCount, header: true, offsets);
        else _turnParagraphs.Add((line, text, lineNumbers, offsets));
    }

    // Where each input line of the turn starts in its text ("\n\n" between paragraphs), when a paragraph was wrapped.
    private ValueList<int>? TurnLineStarts()
    {
        if (_turnParagraphs.All(p => p.Lines.Length <= 1)) return null;
        var last = _turnParagraphs[_turnParagraphs.Count - 1].Lines;
        var starts = new int[last[last.Length - 1] - _turnLine + 1];
#if NETSTANDARD2_0
        for (var i = 0; i < starts.Length; i++) starts[i] = -1;
#else
        Array.Fill(starts, -1);
#endif
        var paragraphStart = 0;
        foreach (var (_, text, lines, offsets) in _turnParagraphs)
        {
            for (var i = 0; i < lines.Length && i < offsets.Length; i++)
                if (offsets[i] >= 0 && lines[i] >= _turnLine) starts[lines[i] - _turnLine] = paragraphStart + offsets[i];
            paragraphStart += text.Length + 2;
        }
        return starts.ToValueList();
    }

    private void EndNote(List<string> note, int line)
    {
        _draft.Annotations.Add(new Annotation(TextLines.Normalize(string.Join(" ", note)), line));
        note.Clear();
    }

    private void EndTurn()
    {
        EndParagraph();
        if (_speaker is null || _label is null) return;

        if (_turnParagraphs.Count == 0)
        {
            _draft.Diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, _turnLine, $"the label '{_label.Label}' has no speech after it"));
            // "QUESTION: (Off-mike.)" still asked something: the reply is an answer.
            if (_speaker.Kind == SpeakerKind.Press) _questionOpen = true;
        }
        else
        {
            var kind = TurnKind.Statement;
            if (_speaker.Kind == SpeakerKind.Press)
            {
                kind = TurnKind.Question;
                _questionOpen = true;
            }
            else if (_questionOpen && _speaker.Kind != SpeakerKind.Moderator)
            {
                kind = TurnKind.Answer;
            }

            _draft.Turns.Add(new Turn(string.Join("\n\n", _turnParagraphs.Select(p => p.Text)))
            {
                Speaker = _speaker.Id,
                Kind = kind,
                Start = _label.Start,
                Line = _turnLine,
                ParagraphLines = _turnParagraphs.Count > 1 ? _turnParagraphs.Select(p => p.Line).ToValueList() : null,
                LineStarts = TurnLineStarts(),
            });
        }
        _turnParagraphs.Clear();
        _speaker = null;
        _label = null;
    }
}
