// "Bottom line": 3-5 summary sentences over all inputs, each with its speaker and source.
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class BottomLineSection : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var lines = context.Digest.BottomLine;
        if (lines.Count == 0) yield break;
        yield return Blocks.Para(StyleIds.Heading1, "Bottom line");
        foreach (var line in lines)
        {
            var runs = new List<OpenXmlElement>();
            if (line.Speaker is not null) runs.Add(Blocks.Text(Blocks.Clean(line.Speaker.Name) + ": ", bold: true));
            runs.Add(Blocks.Text(line.Text));
            var where = context.Digest.Several ? "[" + SourceRefs.Number(context, line.Source) + "]" : string.Empty;
            if (where.Length > 0) runs.Add(Blocks.Text(" " + where, color: "595959"));
            yield return Blocks.Para(StyleIds.ListBullet, runs.ToArray());
        }
    }
}
