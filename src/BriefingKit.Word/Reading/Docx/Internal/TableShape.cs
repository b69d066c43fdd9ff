// Finds which columns of a table hold the speaker, the time and the spoken text, or decides
// that the table is not a transcript. From a header row of known words when there is one;
// else from the cells: times in a column of timestamps, text in the column with the longest
// cells, the speaker in a column of short name-like values (repeated ones preferred).
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Word.Reading.Docx.Internal;

/// <summary>The columns of a transcript table (-1 when absent) and whether its first row is a header.</summary>
internal sealed record TableShape(bool HasHeader, int Speaker, int Start, int End, int Text)
{
    // Most, not all: a transcript has stray empty or odd cells, a data table rarely passes all tests.
    private const double Most = 0.8;

    /// <summary>The shape of a table that reads as a transcript, or null.</summary>
    public static TableShape? Of(DocxTable table)
    {
        var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count);
        if (width < 2) return null;

        var header = HeaderColumns(table.Rows[0]);
        var rows = table.Rows.Skip(header is null ? 0 : 1).Where(r => r.Count >= 2 && r.Any(c => c.Text.Length > 0)).ToList();
        if (rows.Count < (header is null ? 2 : 1)) return null;

        // Each column's non-empty cells and their mean length, computed once (a table can be large).
        var values = Enumerable.Range(0, width)
            .Select(c => rows.Select(r => c < r.Count ? r[c].Text : string.Empty).Where(t => t.Length > 0).ToList()).ToArray();
        var averages = values.Select(v => v.Select(t => (double)t.Length).DefaultIfEmpty(0).Average()).ToArray();
        List<string> Values(int column) => values[column];
        double Average(int column) => averages[column];

        int speaker = -1, start = -1, end = -1, text = -1;
        if (header is not null)
        {
            speaker = Array.IndexOf(header, TableColumn.Speaker);
            start = Array.IndexOf(header, TableColumn.Start);
            end = Array.IndexOf(header, TableColumn.End);
            text = Array.IndexOf(header, TableColumn.Text);
        }

        var taken = new HashSet<int>(new[] { speaker, start, end, text }.Where(c => c >= 0));
        var timeColumns = Enumerable.Range(0, width).Where(c => !taken.Contains(c) && IsTimeColumn(Values(c), rows.Count)).ToList();
        if (start < 0 && timeColumns.Count > 0) start = timeColumns[0];
        if (end < 0 && timeColumns.Count > 1 && header is null) end = timeColumns[1];
        taken.UnionWith(new[] { start, end }.Where(c => c >= 0));

        if (text < 0)
        {
            var candidates = Enumerable.Range(0, width).Where(c => !taken.Contains(c)).ToList();
            if (candidates.Count == 0) return null;
            text = candidates.OrderByDescending(Average).First();
            taken.Add(text);
        }
        if (speaker < 0)
        {
            speaker = Enumerable.Range(0, width)
                .Where(c => !taken.Contains(c) && IsSpeakerColumn(Values(c), rows.Count) && Average(c) < Average(text))
                .OrderByDescending(c => Repetition(Values(c)))
                .DefaultIfEmpty(-1).First();
        }
        if (speaker < 0) return null;

        // The spoken text fills most rows and reads as sentences; a header that names both the
        // speaker and the text columns says so itself.
        var spoken = Values(text);
        if (spoken.Count < Most * rows.Count) return null;
        var declared = header is not null && Array.IndexOf(header, TableColumn.Speaker) >= 0 && Array.IndexOf(header, TableColumn.Text) >= 0;
        if (!declared && spoken.Count(TableCells.IsSentence) * 2 < spoken.Count) return null;
        return new TableShape(header is not null, speaker, start, end, text);
    }

    /// <summary>The column each header cell names, when the row is a header: at least two cells, every non-empty one a header word.</summary>
    private static TableColumn?[]? HeaderColumns(IReadOnlyList<DocxCell> row)
    {
        var columns = row.Select(c => c.Text.Length == 0 ? null : TableHeaderWords.Of(c.Text)).ToArray();
        var named = columns.Count(c => c is not null);
        var filled = row.Count(c => c.Text.Length > 0);
        return named >= 2 && named == filled && columns.Where(c => c is not null).Distinct().Count() == named ? columns : null;
    }

    private static bool IsTimeColumn(List<string> values, int rows) =>
        values.Count * 2 >= rows && values.Count(v => TableCells.TryTime(v, out _, out _)) >= Most * values.Count;

    // Speakers are named on most rows (a blank cell continues the turn above) and look like names.
    private static bool IsSpeakerColumn(List<string> values, int rows) =>
        values.Count >= 0.6 * rows && values.Count(v => TableCells.TryName(v, out _, out _)) >= Most * values.Count;

    private static double Repetition(List<string> values)
    {
        var names = values.Select(v => TableCells.TryName(v, out var n, out _) ? n : v).ToList();
        return names.Count == 0 ? 0 : 1 - ((double)names.Distinct(StringComparer.Ordinal).Count() / names.Count);
    }
}
