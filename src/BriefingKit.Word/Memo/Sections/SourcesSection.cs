// "Sources": each input with a link to its URL (or its file name), title, date and kind.
using System.Collections.Generic;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class SourcesSection : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var sources = context.Digest.Sources;
        yield return Blocks.Para(StyleIds.Heading1, "Sources");
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            var file = FileName(Blocks.Clean(source.Source));
            var title = Blocks.Clean(source.Title);
            if (title.Length == 0) title = file.Length > 0 ? file : "Untitled " + SourceRefs.Kind(source.Kind);
            var runs = new List<OpenXmlElement>();
            if (context.Digest.Several) runs.Add(Blocks.Text("[" + (i + 1) + "] "));
            runs.Add(Blocks.Link(context.Main, source.Url, title));
            var details = SourceRefs.Kind(source.Kind);
            if (source.Date is { } date) details = MemoDigest.FormatDate(date) + ", " + details;
            runs.Add(Blocks.Text(" \u2014 " + details));
            if (file.Length > 0 && file != title) runs.Add(Blocks.Text(" (" + file + ")", color: "595959"));
            yield return Blocks.Para(StyleIds.ListBullet, runs.ToArray());
        }
    }

    // Not Path.GetFileName: a source name from model JSON may hold characters a path may not.
    private static string FileName(string source)
    {
        var slash = source.LastIndexOfAny(new[] { '/', '\\' });
        return slash >= 0 ? source.Substring(slash + 1) : source;
    }
}
