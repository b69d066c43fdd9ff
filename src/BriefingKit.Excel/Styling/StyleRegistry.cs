// Cell styles described by value and turned into stylesheet indices once. Fonts, fills, borders
// and cell formats are matched against what the stylesheet already holds (by their XML), so
// updating a workbook many times does not grow its stylesheet, and the analyst's own styles stay.
using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Styling;

/// <summary>A cell style by value. Colours are RRGGBB.</summary>
internal sealed record StyleSpec
{
    public bool Bold { get; init; }
    public bool Italic { get; init; }
    public double FontSize { get; init; } = 11;
    public string? FontColor { get; init; }
    public bool Underline { get; init; }
    public string? Fill { get; init; }
    public bool Wrap { get; init; }
    public HorizontalAlignmentValues? Horizontal { get; init; }
    public bool Top { get; init; } = true;
    public bool Middle { get; init; }
    public bool Border { get; init; }
    public string? NumberFormat { get; init; }
}

internal sealed class StyleRegistry
{
    private readonly Stylesheet _sheet;
    private readonly Dictionary<StyleSpec, uint> _cache = new();

    private StyleRegistry(Stylesheet sheet) => _sheet = sheet;

    /// <summary>Wraps an existing stylesheet (adding the parts a minimal one may lack) or a new one.</summary>
    public static StyleRegistry For(Stylesheet? existing, out Stylesheet stylesheet)
    {
        stylesheet = existing ?? new Stylesheet();
        var s = stylesheet;
        if (s.Fonts is null) s.Fonts = new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 })) { Count = 1 };
        if (s.Fills is null) s.Fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 };
        if (s.Borders is null) s.Borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 };
        if (s.CellStyleFormats is null) s.CellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 };
        if (s.CellFormats is null) s.CellFormats = new CellFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }) { Count = 1 };
        if (s.CellStyles is null) s.CellStyles = new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 };
        return new StyleRegistry(s);
    }

    public uint Get(StyleSpec style)
    {
        if (_cache.TryGetValue(style, out var id)) return id;
        var numberFormat = style.NumberFormat is null ? 0u : NumberFormat(style.NumberFormat);
        var font = new Font();
        if (style.Bold) font.Append(new Bold());
        if (style.Italic) font.Append(new Italic());
        if (style.Underline) font.Append(new Underline());
        font.Append(new FontSize { Val = style.FontSize });
        if (style.FontColor is not null) font.Append(new Color { Rgb = "FF" + style.FontColor });
        font.Append(new FontName { Val = "Calibri" });
        font.Append(new FontFamilyNumbering { Val = 2 });
        var fontId = Find(_sheet.Fonts!, font);

        var fillId = 0u;
        if (style.Fill is not null)
            fillId = Find(_sheet.Fills!, new Fill(new PatternFill(new ForegroundColor { Rgb = "FF" + style.Fill }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));

        var borderId = 0u;
        if (style.Border)
        {
            Color Grey() => new() { Rgb = "FFBFBFBF" };
            borderId = Find(_sheet.Borders!, new Border(
                new LeftBorder(Grey()) { Style = BorderStyleValues.Thin }, new RightBorder(Grey()) { Style = BorderStyleValues.Thin },
                new TopBorder(Grey()) { Style = BorderStyleValues.Thin }, new BottomBorder(Grey()) { Style = BorderStyleValues.Thin }, new DiagonalBorder()));
        }

        var format = new CellFormat { NumberFormatId = numberFormat, FontId = fontId, FillId = fillId, BorderId = borderId, FormatId = 0 };
        if (numberFormat != 0) format.ApplyNumberFormat = true;
        if (fontId != 0) format.ApplyFont = true;
        if (fillId != 0) format.ApplyFill = true;
        if (borderId != 0) format.ApplyBorder = true;
        if (style.Wrap || style.Horizontal is not null || style.Top || style.Middle)
        {
            format.ApplyAlignment = true;
            var alignment = new Alignment();
            if (style.Horizontal is not null) alignment.Horizontal = style.Horizontal.Value;
            if (style.Middle) alignment.Vertical = VerticalAlignmentValues.Center;
            else if (style.Top) alignment.Vertical = VerticalAlignmentValues.Top;
            if (style.Wrap) alignment.WrapText = true;
            format.Append(alignment);
        }
        id = Find(_sheet.CellFormats!, format);
        _cache[style] = id;
        return id;
    }

    /// <summary>
    /// The cell format <paramref name="styleId"/> with quotePrefix set (found or added once), for text that
    /// starts like a formula: Excel then keeps it text even when the cell is edited.
    /// </summary>
    public uint WithQuotePrefix(uint styleId)
    {
        if (_quoted.TryGetValue(styleId, out var id)) return id;
        var formats = _sheet.CellFormats!.Elements<CellFormat>().ToList();
        if (styleId >= formats.Count) return styleId;
        var format = (CellFormat)formats[(int)styleId].CloneNode(true);
        format.QuotePrefix = true;
        id = Find(_sheet.CellFormats!, format);
        _quoted[styleId] = id;
        return id;
    }

    private readonly Dictionary<uint, uint> _quoted = new();

    /// <summary>The id of a custom number format code, added once.</summary>
    private uint NumberFormat(string code)
    {
        _sheet.NumberingFormats ??= new NumberingFormats { Count = 0 };
        // Make sure NumberingFormats is the stylesheet's first child, as the schema requires.
        if (_sheet.FirstChild != _sheet.NumberingFormats)
        {
            var formats = _sheet.NumberingFormats;
            formats.Remove();
            _sheet.InsertAt(formats, 0);
        }
        foreach (var existing in _sheet.NumberingFormats.Elements<NumberingFormat>())
            if (existing.FormatCode?.Value == code && existing.NumberFormatId is not null) return existing.NumberFormatId.Value;
        var next = Math.Max(164u, _sheet.NumberingFormats.Elements<NumberingFormat>().Select(n => n.NumberFormatId?.Value ?? 0u).DefaultIfEmpty(0u).Max() + 1);
        _sheet.NumberingFormats.Append(new NumberingFormat { NumberFormatId = next, FormatCode = code });
        _sheet.NumberingFormats.Count = (uint)_sheet.NumberingFormats.ChildElements.Count;
        return next;
    }

    private static uint Find(OpenXmlCompositeElement list, OpenXmlElement candidate)
    {
        var xml = candidate.OuterXml;
        var index = 0u;
        foreach (var child in list.ChildElements)
        {
            if (child.OuterXml == xml) return index;
            index++;
        }
        list.Append(candidate);
        list.SetAttribute(new OpenXmlAttribute("count", string.Empty, (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return index;
    }
}
