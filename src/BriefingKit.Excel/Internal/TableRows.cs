// A table sheet's rows as they are written: the old workbook's rows as they were (hand edits,
// hand-added rows and extra columns included), then the new rows whose key is not there yet. The
// new rows may live in a temporary file (RowSpill), so they are enumerated, never listed; how many
// rows the sheet has is known before, from the new rows' distinct keys.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BriefingKit.Excel.Internal;

/// <summary>New rows of one sheet, in the workbook's order, and their distinct keys when known without reading the rows.</summary>
internal sealed class FreshRows
{
    private readonly IEnumerable<DataRow> _rows;
    private readonly HashSet<ulong>? _keys;

    /// <param name="rows">The rows; enumerated once per pass.</param>
    /// <param name="keys">The distinct keys of <paramref name="rows"/> (see <see cref="KeyNumber"/>); null to read them from the rows.</param>
    public FreshRows(IEnumerable<DataRow> rows, HashSet<ulong>? keys = null)
    {
        _rows = rows;
        _keys = keys;
    }

    public IEnumerable<DataRow> Rows => _rows;

    /// <summary>The distinct keys, as the rows hold them.</summary>
    public IEnumerable<string> DistinctKeys() => _keys is not null
        ? _keys.Select(KeyText)
        : _rows.Select(r => r.Get(Columns.Key)).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>A key <see cref="RowBuilder.Hash"/> made (12 hex digits) as a number; rows of new transcripts always have one.</summary>
    public static ulong KeyNumber(string key) => ulong.Parse(key, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static string KeyText(ulong key) => key.ToString("x12", CultureInfo.InvariantCulture);
}

internal sealed class TableRows
{
    private readonly List<DataRow> _old;
    private readonly HashSet<string> _oldKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly FreshRows _fresh;

    /// <summary>Columns: ours first, then the analyst's in their order.</summary>
    public TableRows(string name, DataSheet old, FreshRows fresh, IReadOnlyList<ColumnSpec> columns)
    {
        Name = name;
        foreach (var column in columns) AddHeader(column.Header);
        foreach (var header in old.Headers) AddHeader(header);
        _old = old.Rows;
        foreach (var row in old.Rows)
        {
            var key = row.Get(Columns.Key);
            if (key.Length > 0) _oldKeys.Add(key);
        }
        _fresh = fresh;
        Count = _old.Count + fresh.DistinctKeys().Count(k => !_oldKeys.Contains(k));
    }

    public string Name { get; }

    public List<string> Headers { get; } = new();

    /// <summary>How many rows <see cref="Rows"/> gives.</summary>
    public int Count { get; }

    /// <summary>The old rows, then each new row whose key is neither among them nor on an earlier new row.</summary>
    public IEnumerable<DataRow> Rows()
    {
        foreach (var row in _old) yield return row;
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in _fresh.Rows)
        {
            var key = row.Get(Columns.Key);
            if (!_oldKeys.Contains(key) && seen.Add(key)) yield return row;
        }
    }

    private void AddHeader(string header)
    {
        foreach (var h in Headers) if (string.Equals(h, header, StringComparison.OrdinalIgnoreCase)) return;
        Headers.Add(header);
    }
}
