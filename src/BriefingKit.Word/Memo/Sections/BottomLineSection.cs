// "Bottom line": the synthesised clauses (agreed, disagreed, committed, changed), each claim
// followed by the source and line it rests on.
using System.Collections.Generic;
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
            var runs = new List<OpenXmlElement> { Blocks.Text(line.Label + ": ", bold: true) };
            foreach (var segment in line.Segments)
            {
                runs.Add(Blocks.Text(segment.Text)); // Blocks.Text sanitises; separators keep their spaces
                if (segment.Source is { } source)
                    runs.Add(Blocks.Text(" (" + SourceRefs.Cite(context, source, segment.Line) + ")", color: "595959"));
            }
            runs.Add(Blocks.Text("."));
            yield return Blocks.Para(StyleIds.ListBullet, runs.ToArray());
        }
    }
}
