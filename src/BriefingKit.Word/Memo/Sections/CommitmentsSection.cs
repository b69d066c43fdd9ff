// "Commitments and next steps": what was agreed, pledged or announced, with the actors.
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class CommitmentsSection : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var digest = context.Digest;
        if (digest.Commitments.Count == 0) yield break;
        yield return Blocks.Para(StyleIds.Heading1, "Commitments and next steps");
        foreach (var item in digest.Commitments)
        {
            var actors = item.Actors.Count == 0 ? "Unattributed" : Blocks.JoinAnd(item.Actors.Select(Blocks.Clean));
            var text = Blocks.Clean(item.Text);
            if (text.Length > 0) text = char.ToUpperInvariant(text[0]) + text.Substring(1);
            if (text.Length > 0 && !".!?".Contains(text[text.Length - 1])) text += ".";
            var where = SourceRefs.Where(context, item.Source, item.Line);
            var tail = string.Join(" \u00B7 ", new[] { item.IssueName is null ? null : Blocks.Clean(item.IssueName), where.Length > 0 ? where : null }.Where(s => s is not null));
            var runs = new List<OpenXmlElement> { Blocks.Text(actors + ": ", bold: true), Blocks.Text(text) };
            if (tail.Length > 0) runs.Add(Blocks.Text(" (" + tail + ")", color: "595959"));
            yield return Blocks.Para(StyleIds.ListBullet, runs.ToArray());
        }
        if (digest.CommitmentsOmitted > 0)
            yield return Blocks.Para(null, Blocks.Text($"{digest.CommitmentsOmitted} further commitment{(digest.CommitmentsOmitted == 1 ? " is" : "s are")} in the sources.", italic: true, color: "595959"));
    }
}
