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
    public DataRow()
        : this(4)
    {
    }

    /// <param name="cells">How many cells the row will have (room is made for that many at once).</param>
    public DataRow(int cells) => Cells = new RowCells(cells);

    public RowCells Cells { get; }

    public string Get(string header) => Cells.TryGetValue(header, out var cell) ? cell.Text : string.Empty;

    public CellData? Cell(string header) => Cells.TryGetValue(header, out var cell) ? cell : null;

    public DataRow Set(string header, CellData cell)
    {
        Cells[header] = cell;
        return this;
    }

    public DataRow Set(string header, string? text) => Set(header, CellData.Of(text));
}

/// <summary>
/// A row's cells by header (case-insensitive), in two short arrays rather than a dictionary: a row has a
/// dozen cells and a year's sheets tens of thousands of rows, so a hash table per row is most of their memory.
/// </summary>
internal sealed class RowCells : IEnumerable<KeyValuePair<string, CellData>>
{
    private string[] _headers;
    private CellData[] _cells;

    public RowCells(int capacity)
    {
        _headers = new string[Math.Max(capacity, 1)];
        _cells = new CellData[Math.Max(capacity, 1)];
    }

    public int Count { get; private set; }

    public CellData this[string header]
    {
        set
        {
            var i = IndexOf(header);
            if (i >= 0)
            {
                _cells[i] = value;
                return;
            }
            if (Count == _headers.Length)
            {
                Array.Resize(ref _headers, Count * 2);
                Array.Resize(ref _cells, Count * 2);
            }
            _headers[Count] = header;
            _cells[Count++] = value;
        }
    }

    public bool TryGetValue(string header, out CellData cell)
    {
        var i = IndexOf(header);
        cell = i >= 0 ? _cells[i] : null!;
        return i >= 0;
    }

    public bool Remove(string header)
    {
        var i = IndexOf(header);
        if (i < 0) return false;
        Count--;
        Array.Copy(_headers, i + 1, _headers, i, Count - i);
        Array.Copy(_cells, i + 1, _cells, i, Count - i);
        _headers[Count] = null!;
        _cells[Count] = null!;
        return true;
    }

    public IEnumerator<KeyValuePair<string, CellData>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return new KeyValuePair<string, CellData>(_headers[i], _cells[i]);
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string header)
    {
        // Headers are mostly the same constant strings, so a reference check finds most before any comparison.
        for (var i = 0; i < Count; i++)
            if (ReferenceEquals(_headers[i], header)) return i;
        for (var i = 0; i < Count; i++)
            if (string.Equals(_headers[i], header, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
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
