// The numbering definition behind "List Bullet": a real abstractNum/num pair, added with
// ids that do not clash with a template's own lists.
using System.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Styles;

internal static class BulletNumbering
{
    /// <summary>Adds a bullet list definition and returns its numbering id.</summary>
    public static int Add(MainDocumentPart main)
    {
        var part = main.NumberingDefinitionsPart ?? main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering ??= new Numbering();
        var numbering = part.Numbering;
        var abstractId = numbering.Elements<AbstractNum>().Select(a => a.AbstractNumberId?.Value ?? 0).DefaultIfEmpty(-1).Max() + 1;
        var numId = numbering.Elements<NumberingInstance>().Select(n => n.NumberID?.Value ?? 0).DefaultIfEmpty(0).Max() + 1;

        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new ParagraphStyleIdInLevel { Val = StyleIds.ListBullet },
                new LevelText { Val = "\u2022" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "360", Hanging = "360" }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri", Hint = DocumentFormat.OpenXml.Wordprocessing.FontTypeHintValues.Default }))
            { LevelIndex = 0 })
        { AbstractNumberId = abstractId };

        // Schema order: every abstractNum before the first num.
        var firstNum = numbering.GetFirstChild<NumberingInstance>();
        if (firstNum is null) numbering.Append(abstractNum);
        else numbering.InsertBefore(abstractNum, firstNum);
        numbering.Append(new NumberingInstance(new AbstractNumId { Val = abstractId }) { NumberID = numId });
        return numId;
    }
}
