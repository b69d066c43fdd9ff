// The MEMORANDUM block (TO / FROM / DATE / SUBJECT), written when the template has no
// bk:to … bk:subject content controls of its own.
using System.Collections.Generic;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class MemorandumBlock : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var fields = context.Fields;
        yield return Blocks.Para(StyleIds.Title, "MEMORANDUM");
        yield return Field("TO:", fields.To);
        yield return Field("FROM:", fields.From);
        yield return Field("DATE:", fields.Date);
        var subject = Field("SUBJECT:", fields.Subject);
        subject.ParagraphProperties!.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 8, Space = 6, Color = "1F3864" }));
        yield return subject;
    }

    public static Paragraph Field(string label, string value) =>
        Blocks.Para(StyleIds.MemoField, Blocks.Text(label, bold: true), new Run(new TabChar()), Blocks.Text(value));
}
