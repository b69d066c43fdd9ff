// One cell object per distinct value for the values a transcript's rows repeat by nature: actors,
// issues, stances, speakers with their notes, affiliations, weeks and line numbers. Cells are
// immutable, so rows can share them; evidence and quotes (each its own text) are not pooled.
using System;
using System.Collections.Generic;

namespace BriefingKit.Excel.Internal;

internal sealed class CellPool
{
    private readonly Dictionary<string, CellData> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, string Note), CellData> _noted = new();
    private readonly Dictionary<int, CellData> _numbers = new();

    /// <summary>A text cell holding <paramref name="text"/> (empty for null).</summary>
    public CellData Text(string? text)
    {
        text ??= string.Empty;
        if (!_texts.TryGetValue(text, out var cell)) _texts[text] = cell = CellData.Of(text);
        return cell;
    }

    /// <summary>A text cell holding <paramref name="text"/> with <paramref name="note"/> as its note.</summary>
    public CellData Text(string text, string note)
    {
        if (!_noted.TryGetValue((text, note), out var cell)) _noted[(text, note)] = cell = new CellData { Kind = CellKind.Text, Text = text, Note = note };
        return cell;
    }

    /// <summary>A number cell holding <paramref name="number"/>.</summary>
    public CellData Number(int number)
    {
        if (!_numbers.TryGetValue(number, out var cell)) _numbers[number] = cell = CellData.Of(number);
        return cell;
    }
}
