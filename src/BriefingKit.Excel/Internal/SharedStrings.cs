// The workbook's shared string table: existing items are reused, new ones appended. Items are
// kept as a list and the part is written once, streamed, at the end (no document tree of what may
// be tens of thousands of strings).
using System;
using System.Collections.Generic;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed class SharedStrings
{
    private readonly SharedStringTablePart _part;
    private readonly PartSpill _spill;
    private readonly List<SharedStringItem> _existing = new();
    private readonly List<string> _added = new();
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private int _count;

    public SharedStrings(WorkbookPart workbook, PartSpill spill)
    {
        _spill = spill;
        _part = workbook.SharedStringTablePart ?? workbook.AddNewPart<SharedStringTablePart>();
        // The workbook's own items (rich text items kept as they are); then the part's tree is let go, so
        // Save's stream is what the package keeps.
        if (_part.SharedStringTable is { } table)
        {
            foreach (var item in table.Elements<SharedStringItem>())
            {
                if (item.ChildElements.Count == 1 && item.Text is { } text && !_index.ContainsKey(text.Text)) _index[text.Text] = _count;
                _existing.Add(item);
                _count++;
            }
        }
        if (_part.IsRootElementLoaded) _part.UnloadRootElement();
    }

    /// <summary>The index of <paramref name="text"/> cleaned for a cell (<see cref="RowBuilder.Clean"/>), added if new.</summary>
    public int IndexOfCell(string text)
    {
        // Most texts are already in the table, and a text in it is clean: cleaning it again would change nothing.
        if (_index.TryGetValue(text, out var index) && IsOurs(index)) return index;
        return Index(RowBuilder.Clean(text));
    }

    public int Index(string text)
    {
        if (_index.TryGetValue(text, out var index)) return index;
        _added.Add(text);
        _index[text] = _count;
        return _count++;
    }

    // Items of the workbook being updated are looked up by their text too, but were never cleaned by us.
    private bool IsOurs(int index) => index >= _existing.Count;

    public void Save()
    {
        using var writer = OpenXmlWriter.Create(_spill.Create(_part), System.Text.Encoding.UTF8);
        writer.WriteStartDocument();
        writer.WriteStartElement(new SharedStringTable(), new[]
        {
            new OpenXmlAttribute("count", string.Empty, _count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new OpenXmlAttribute("uniqueCount", string.Empty, _count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        });
        foreach (var item in _existing) writer.WriteElement(item);
        foreach (var text in _added)
        {
            var t = new Text(text);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1]))) t.Space = SpaceProcessingModeValues.Preserve;
            writer.WriteElement(new SharedStringItem(t));
        }
        writer.WriteEndElement();
    }
}
