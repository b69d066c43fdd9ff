// Transcripts laid out as Word tables, one row per turn: speaker | time | text in some order,
// or speaker | text, with or without a header row. The document is read from its tables only
// when the tables that read as transcripts hold at least half of its text, so a small data
// table in a readout stays part of the readout. Tables that cannot be read as turns are never
// given made-up speakers: they get a warning with their position instead.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal static class TableLayout
{
    /// <summary>The transcript when the document is a table transcript (else null), and warnings for tables not read as turns.</summary>
    public static (Transcript? Transcript, IReadOnlyList<Diagnostic> Warnings) TryRead(DocxContent content)
    {
        if (content.Tables.Count == 0) return (null, Array.Empty<Diagnostic>());
        var shapes = content.Tables.ToDictionary(t => t.Number, TableShape.Of);
        var total = content.Lines.Sum(l => l.Text.Length);
        var transcriptTables = content.Tables.Where(t => shapes[t.Number] is not null).ToList();

        if (transcriptTables.Count == 0 || transcriptTables.Sum(Length) * 2 < total)
        {
            // Not a table transcript. When tables are most of the document it probably was one in a
            // layout not understood: say so, since the text readers will see only loose lines.
            var layoutTables = content.Tables.Where(t => t.Rows.Count >= 2 && t.Rows.Max(r => r.Count) >= 2).ToList();
            if (layoutTables.Sum(Length) * 2 < total) return (null, Array.Empty<Diagnostic>());
            return (null, layoutTables.Where(t => shapes[t.Number] is null).Select(t => Warning(t, "its columns could not be told apart as speaker, time and text, so its text is read as plain paragraphs")).ToList());
        }

        var warnings = content.Tables.Where(t => shapes[t.Number] is null)
            .Select(t => Warning(t, "it does not read as turns (no column of speaker names beside one of spoken text), so its text is kept as annotations"))
            .ToList();
        return (Read(content, transcriptTables, shapes, warnings), warnings);
    }

    private static Transcript Read(DocxContent content, List<DocxTable> tables, Dictionary<int, TableShape?> shapes, List<Diagnostic> warnings)
    {
        var inAnyTable = Paragraphs(content.Tables);
        var inTranscriptTable = Paragraphs(tables);
        var first = tables[0].FirstParagraph;
        var heading = DocxHeading.Of(content.Lines.Where(l => l.Paragraph < first && !inAnyTable.Contains(l.Paragraph)).ToList(), content.PropertiesTitle);
        var annotations = new List<Annotation>(heading.Annotations);
        // Everything else that is not a turn (text between the tables, tables not read as turns) is kept as annotations.
        annotations.AddRange(content.Lines
            .Where(l => !inTranscriptTable.Contains(l.Paragraph) && (l.Paragraph > first || inAnyTable.Contains(l.Paragraph)))
            .Select(l => new Annotation(l.Text, l.Paragraph)));

        var speakers = new DocxSpeakers();
        var turns = new List<Turn>();
        string? speaker = null;
        Turn? open = null;
        var text = new StringBuilder();

        void Flush()
        {
            if (open is not null && text.Length > 0) turns.Add(open with { Text = text.ToString() });
            open = null;
            text.Clear();
        }

        foreach (var table in tables)
        {
            var shape = shapes[table.Number]!;
            foreach (var row in table.Rows.Skip(shape.HasHeader ? 1 : 0))
            {
                var filled = row.Where(c => c.Text.Length > 0).ToList();
                if (filled.Count == 0) continue;
                if (row.Count == 1)
                {
                    // A merged row across the table: a section note, not a turn.
                    annotations.Add(new Annotation(filled[0].Text, filled[0].Paragraph));
                    continue;
                }
                var spoken = Cell(row, shape.Text);
                var who = Cell(row, shape.Speaker);
                TimeSpan? start = null, end = null;
                if (who.Length > 0)
                {
                    if (!TableCells.TryName(who, out var name, out start))
                    {
                        warnings.Add(new Diagnostic(DiagnosticSeverity.Warning, row[0].Paragraph,
                            $"table {table.Number.ToString(CultureInfo.InvariantCulture)}: \"{Shorten(who)}\" does not look like a speaker name; the row continues the turn before it"));
                    }
                    else
                    {
                        speaker = speakers.IdFor(name);
                    }
                }
                if (TableCells.TryTime(Cell(row, shape.Start), out var s, out var rangeEnd))
                {
                    start = s;
                    end = rangeEnd;
                }
                if (TableCells.TryTime(Cell(row, shape.End), out var e, out _)) end = e;
                if (spoken.Length == 0) continue;

                if (open is null || open.Speaker != speaker)
                {
                    Flush();
                    open = new Turn(string.Empty) { Speaker = speaker, Start = start, Line = row[0].Paragraph };
                }
                if (text.Length > 0) text.Append(' ');
                text.Append(spoken);
                if (end is not null) open = open with { End = end };
            }
        }
        Flush();

        return new Transcript
        {
            Title = heading.Title,
            Date = heading.Date,
            Format = TranscriptFormat.Docx,
            Speakers = speakers.ToValueList(),
            Turns = turns.ToValueList(),
            Annotations = annotations.OrderBy(a => a.Line).ToValueList(),
            Diagnostics = warnings.OrderBy(d => d.Line).ToValueList(),
        };
    }

    private static string Cell(IReadOnlyList<DocxCell> row, int column) => column >= 0 && column < row.Count ? row[column].Text : string.Empty;

    private static HashSet<int> Paragraphs(IEnumerable<DocxTable> tables)
    {
        var paragraphs = new HashSet<int>();
        foreach (var table in tables)
            for (var p = table.FirstParagraph; p <= table.LastParagraph; p++) paragraphs.Add(p);
        return paragraphs;
    }

    private static int Length(DocxTable table) => table.Rows.Sum(r => r.Sum(c => c.Text.Length));

    private static Diagnostic Warning(DocxTable table, string why) =>
        new(DiagnosticSeverity.Warning, table.FirstParagraph,
            $"table {table.Number.ToString(CultureInfo.InvariantCulture)} (paragraph {table.FirstParagraph.ToString(CultureInfo.InvariantCulture)}): {why}");

    private static string Shorten(string text) => text.Length > 40 ? text.Substring(0, 40) + "…" : text;
}
