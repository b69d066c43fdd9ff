// Every style the memo uses, defined once. A new document gets them all; a user's
// template keeps its own and gets only the ones it lacks, so its look wins.
using System;
using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Styles;

internal static class StyleCatalog
{
    private const string Font = "Calibri";
    private const string Accent = "1F3864";
    private const string Muted = "595959";

    /// <summary>Adds the styles (and the bullet numbering) the memo needs but the document lacks.</summary>
    public static void Ensure(MainDocumentPart main)
    {
        var stylesPart = main.StyleDefinitionsPart ?? main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles ??= new DocumentFormat.OpenXml.Wordprocessing.Styles(DocDefaults());
        var styles = stylesPart.Styles;
        if (styles.GetFirstChild<DocDefaults>() is null) styles.PrependChild(DocDefaults());
        var present = new HashSet<string>(styles.Elements<Style>().Select(s => s.StyleId?.Value ?? string.Empty));
        // A style is made only when the document lacks it: the built-in template's styles are checked again
        // when the memo fills it, and a house template usually has most of them.
        foreach (var (id, make) in All())
        {
            if (present.Contains(id)) continue;
            var style = make();
            if (id == StyleIds.ListBullet)
                style.StyleParagraphProperties!.PrependChild(new NumberingProperties(new NumberingId { Val = BulletNumbering.Add(main) }));
            styles.Append(style);
        }
    }

    private static DocDefaults DocDefaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" },
            new Languages { Val = "en-US" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto })));

    private static IEnumerable<(string Id, Func<Style> Make)> All()
    {
        yield return (StyleIds.Normal, () => Paragraph(StyleIds.Normal, "Normal", null, isDefault: true, ui: 0));
        yield return (StyleIds.Hyperlink, () => Character(StyleIds.Hyperlink, "Hyperlink", new RunProperties(new Color { Val = "0563C1" }, new Underline { Val = UnderlineValues.Single })));
        yield return (StyleIds.TableNormal, () => TableNormal());
        yield return (StyleIds.Title, () => Paragraph(StyleIds.Title, "Title", StyleIds.Normal, ui: 10,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "60" }, new ContextualSpacing()),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new Spacing { Val = 20 }, new FontSize { Val = "44" }, new FontSizeComplexScript { Val = "44" })));
        yield return (StyleIds.Subtitle, () => Paragraph(StyleIds.Subtitle, "Subtitle", StyleIds.Normal, ui: 11,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = Muted }, new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" })));
        yield return (StyleIds.Heading1, () => Heading(StyleIds.Heading1, "heading 1", 0, "30", before: "360"));
        yield return (StyleIds.Heading2, () => Heading(StyleIds.Heading2, "heading 2", 1, "24", before: "200"));
        yield return (StyleIds.Quote, () => Paragraph(StyleIds.Quote, "Quote", StyleIds.Normal, ui: 29,
            new StyleParagraphProperties(
                new KeepNext(),
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = "A6A6A6" }),
                new SpacingBetweenLines { Before = "60", After = "0" },
                new Indentation { Left = "567", Right = "567" }),
            new StyleRunProperties(new Italic(), new Color { Val = "262626" })));
        yield return (StyleIds.QuoteSource, () => Paragraph(StyleIds.QuoteSource, "BriefingKit Quote Source", StyleIds.Normal, ui: 30,
            new StyleParagraphProperties(
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 18, Space = 8, Color = "A6A6A6" }),
                new SpacingBetweenLines { Before = "0", After = "160" },
                new Indentation { Left = "567", Right = "567" }),
            new StyleRunProperties(new Color { Val = Muted }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        yield return (StyleIds.Stance, () => Paragraph(StyleIds.Stance, "BriefingKit Stance", StyleIds.Normal, ui: 31,
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160", After = "40" }),
            new StyleRunProperties(new Bold())));
        yield return (StyleIds.ListBullet, () => Paragraph(StyleIds.ListBullet, "List Bullet", StyleIds.Normal, ui: 36,
            new StyleParagraphProperties(new SpacingBetweenLines { After = "80" }, new Indentation { Left = "360", Hanging = "360" }),
            null));
        yield return (StyleIds.Classification, () => Paragraph(StyleIds.Classification, "BriefingKit Classification", StyleIds.Normal, ui: 32,
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "120" }, new Justification { Val = JustificationValues.Center }),
            new StyleRunProperties(new Bold(), new Caps(), new Color { Val = "C00000" })));
        yield return (StyleIds.MemoField, () => Paragraph(StyleIds.MemoField, "BriefingKit Memo Field", StyleIds.Normal, ui: 33,
            new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 1440 }), new SpacingBetweenLines { After = "40" }, new Indentation { Left = "1440", Hanging = "1440" }),
            null));
        yield return (StyleIds.Header, () => Paragraph(StyleIds.Header, "header", StyleIds.Normal, ui: 99,
            new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Center, Position = 4680 }, new TabStop { Val = TabStopValues.Right, Position = 9360 }), new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = Muted }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        yield return (StyleIds.Footer, () => Paragraph(StyleIds.Footer, "footer", StyleIds.Normal, ui: 99,
            new StyleParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Center, Position = 4680 }, new TabStop { Val = TabStopValues.Right, Position = 9360 }), new SpacingBetweenLines { After = "0" }),
            new StyleRunProperties(new Color { Val = Muted }, new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        yield return (StyleIds.Table, () => TableStyle());
    }

    private static Style Heading(string id, string name, int level, string size, string before) =>
        Paragraph(id, name, StyleIds.Normal, ui: 9,
            new StyleParagraphProperties(
                new KeepNext(), new KeepLines(),
                new SpacingBetweenLines { Before = before, After = "80" },
                new OutlineLevel { Val = level }),
            new StyleRunProperties(new Bold(), new Color { Val = Accent }, new FontSize { Val = size }, new FontSizeComplexScript { Val = size }),
            next: StyleIds.Normal);

    private static Style Paragraph(string id, string name, string? basedOn, int ui, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null, bool isDefault = false, string? next = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault) style.Default = true;
        style.Append(new StyleName { Val = name });
        if (basedOn is not null) style.Append(new BasedOn { Val = basedOn });
        if (next is not null) style.Append(new NextParagraphStyle { Val = next });
        style.Append(new UIPriority { Val = ui });
        style.Append(new PrimaryStyle());
        if (paragraph is not null) style.Append(paragraph);
        if (run is not null) style.Append(run);
        return style;
    }

    private static Style Character(string id, string name, RunProperties run)
    {
        var style = new Style(new StyleName { Val = name }, new UIPriority { Val = 99 }, new UnhideWhenUsed()) { Type = StyleValues.Character, StyleId = id };
        style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        return style;
    }

    private static Style TableNormal() => new(
        new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
        new StyleTableProperties(
            new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            new TableCellMarginDefault(
                new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
    { Type = StyleValues.Table, StyleId = StyleIds.TableNormal, Default = true };

    private static Style TableStyle()
    {
        static BorderType Line<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "BFBFBF" };
        return new Style(
            new StyleName { Val = "BriefingKit Table" },
            new BasedOn { Val = StyleIds.TableNormal },
            new UIPriority { Val = 40 },
            new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }),
            new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" }),
            new StyleTableProperties(
                new TableBorders(Line<TopBorder>(), Line<LeftBorder>(), Line<BottomBorder>(), Line<RightBorder>(), Line<InsideHorizontalBorder>(), Line<InsideVerticalBorder>()),
                new TableCellMarginDefault(
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })),
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold(), new Color { Val = "FFFFFF" }),
                new TableStyleConditionalFormattingTableCellProperties(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = Accent }))
            { Type = TableStyleOverrideValues.FirstRow },
            new TableStyleProperties(
                new RunPropertiesBaseStyle(new Bold()))
            { Type = TableStyleOverrideValues.FirstColumn })
        { Type = StyleValues.Table, StyleId = StyleIds.Table };
    }
}
