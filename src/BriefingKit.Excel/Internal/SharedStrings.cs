// The workbook's shared string table: existing items are reused, new ones appended.
using System;
using System.Collections.Generic;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed class SharedStrings
{
    private readonly SharedStringTable _table;
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private int _count;

    public SharedStrings(WorkbookPart workbook)
    {
        var part = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        part.SharedStringTable ??= new SharedStringTable();
        _table = part.SharedStringTable;
        foreach (var item in _table.Elements<SharedStringItem>())
        {
            if (item.ChildElements.Count == 1 && item.Text is { } text && !_index.ContainsKey(text.Text)) _index[text.Text] = _count;
            _count++;
        }
    }

    public int Index(string text)
    {
        if (_index.TryGetValue(text, out var index)) return index;
        var t = new Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))) t.Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve;
        _table.Append(new SharedStringItem(t));
        _index[text] = _count;
        return _count++;
    }

    public void Save()
    {
        _table.Count = (uint)_count;
        _table.UniqueCount = (uint)_count;
    }
}
