// The workbook's data sheets as plain rows keyed by header text, so rows read back from an
// analyst's workbook (their extra columns, hand-typed values, formulas and formatting included)
// and rows made from new transcripts merge the same way.
using System;
using System.Collections.Generic;

namespace BriefingKit.Excel.Internal;

internal enum CellKind
{
    Text,
    Number,
    Date,
    Boolean,
    Formula,
}

/// <summary>One cell's content. Cells read back keep their style index so hand formatting survives.</summary>
internal sealed class CellData
{
    public CellKind Kind { get; init; }
    public string Text { get; init; } = string.Empty;
    public double Number { get; init; }
    public string? Link { get; init; }
    public uint? Style { get; init; }

    /// <summary>The cell's note (a comment in the file format): why the value is what it is, or what the analyst wrote.</summary>
    public string? Note { get; init; }

    public static CellData Of(string? text) => new() { Kind = CellKind.Text, Text = text ?? string.Empty };
    public static CellData Of(double number) => new() { Kind = CellKind.Number, Number = number, Text = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    public static CellData Of(DateTime date) => new() { Kind = CellKind.Date, Number = date.Date.ToOADate(), Text = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    /// <summary>This cell with <paramref name="note"/> as its note.</summary>
    public CellData WithNote(string? note) => new() { Kind = Kind, Text = Text, Number = Number, Link = Link, Style = Style, Note = note };

    public bool IsEmpty => Kind == CellKind.Text && Text.Length == 0 && Link is null && Note is null;

    /// <summary>The date a date cell (or a number cell in a date column) holds.</summary>
    public DateTime? AsDate()
    {
        if (Kind is CellKind.Date or CellKind.Number && Number > 0 && Number < 2958466) return DateTime.FromOADate(Number);
        return DateTime.TryParse(Text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
    }
}

/// <summary>A row: cells by header text (case-insensitive).</summary>
internal sealed class DataRow
{
    public Dictionary<string, CellData> Cells { get; } = new(StringComparer.OrdinalIgnoreCase);

    public string Get(string header) => Cells.TryGetValue(header, out var cell) ? cell.Text : string.Empty;

    public CellData? Cell(string header) => Cells.TryGetValue(header, out var cell) ? cell : null;

    public DataRow Set(string header, CellData cell)
    {
        Cells[header] = cell;
        return this;
    }

    public DataRow Set(string header, string? text) => Set(header, CellData.Of(text));
}

/// <summary>A sheet as a header list and rows; <see cref="Headers"/> holds ours first, then any the analyst added.</summary>
internal sealed class DataSheet
{
    public DataSheet(string name) => Name = name;

    public string Name { get; }

    public List<string> Headers { get; } = new();

    public List<DataRow> Rows { get; } = new();

    public void AddHeader(string header)
    {
        foreach (var h in Headers) if (string.Equals(h, header, StringComparison.OrdinalIgnoreCase)) return;
        Headers.Add(header);
    }
}

/// <summary>What the analyst typed on the Matrix sheet: Notes and added columns, by issue.</summary>
internal sealed class MatrixHandColumns
{
    public List<string> Extra { get; } = new();

    public Dictionary<string, DataRow> Cells { get; } = new(StringComparer.OrdinalIgnoreCase);
}
