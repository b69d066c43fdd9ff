// The words transcription services and Word templates put in a transcript table's header
// row, by the column they name. Data, not rules: matched whole, ignoring case and a final colon.
using System;
using System.Collections.Generic;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal enum TableColumn
{
    Speaker,
    Start,
    End,
    Text,
}

internal static class TableHeaderWords
{
    private static readonly Dictionary<string, TableColumn> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Speaker"] = TableColumn.Speaker,
        ["Speaker name"] = TableColumn.Speaker,
        ["Name"] = TableColumn.Speaker,
        ["Participant"] = TableColumn.Speaker,
        ["Person"] = TableColumn.Speaker,
        ["Who"] = TableColumn.Speaker,
        ["Time"] = TableColumn.Start,
        ["Timestamp"] = TableColumn.Start,
        ["Time stamp"] = TableColumn.Start,
        ["Timecode"] = TableColumn.Start,
        ["Time code"] = TableColumn.Start,
        ["Start"] = TableColumn.Start,
        ["Start time"] = TableColumn.Start,
        ["Begin"] = TableColumn.Start,
        ["In"] = TableColumn.Start,
        ["End"] = TableColumn.End,
        ["End time"] = TableColumn.End,
        ["Stop"] = TableColumn.End,
        ["Out"] = TableColumn.End,
        ["Transcript"] = TableColumn.Text,
        ["Transcription"] = TableColumn.Text,
        ["Text"] = TableColumn.Text,
        ["Content"] = TableColumn.Text,
        ["Utterance"] = TableColumn.Text,
        ["Dialogue"] = TableColumn.Text,
        ["Dialog"] = TableColumn.Text,
        ["Speech"] = TableColumn.Text,
        ["Remarks"] = TableColumn.Text,
        ["Statement"] = TableColumn.Text,
        ["Caption"] = TableColumn.Text,
    };

    /// <summary>The column a header cell names, or null when it is not a header word.</summary>
    public static TableColumn? Of(string cell)
    {
        var word = cell.Trim().TrimEnd(':').Trim();
        return Words.TryGetValue(word, out var column) ? column : null;
    }
}
