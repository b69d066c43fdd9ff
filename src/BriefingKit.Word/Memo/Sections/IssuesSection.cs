// One Heading 2 per issue (heaviest first), each actor's stances in words and the evidence
// as block quotes (Quote style) with speaker and where it is in the source. Actors backed by
// the very same sentences ("the U.S. and Russia agreed …") share one entry.
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class IssuesSection : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var digest = context.Digest;
        if (digest.Issues.Count == 0) yield break;
        yield return Blocks.Para(StyleIds.Heading1, "Issues");
        foreach (var issue in digest.Issues)
        {
            yield return Blocks.Para(StyleIds.Heading2, Blocks.Clean(issue.Heading));
            if (digest.Several)
            {
                // The line stays with what follows it, so a heading and its "Raised in" never end a page alone.
                var raised = Blocks.Para(null, Blocks.Text($"Raised in {issue.Sources} of {digest.Sources.Count} sources; {Plural(issue.PositionCount, "position")} recorded.", italic: true, color: "595959"));
                raised.PrependChild(new ParagraphProperties(new KeepNext()));
                yield return raised;
            }
            foreach (var entry in issue.Entries)
            {
                foreach (var element in Entry(context, entry)) yield return element;
            }
        }
        if (digest.OtherIssues.Count > 0)
            yield return Blocks.Para(null, Blocks.Text("Also raised: ", bold: true), Blocks.Text(Blocks.JoinAnd(digest.OtherIssues.Select(Blocks.Clean)) + "."));
    }

    private static IEnumerable<OpenXmlElement> Entry(MemoContext context, IssueEntry entry)
    {
        var several = entry.Actors.Count > 1;
        var names = Blocks.JoinAnd(entry.Actors.Select(Blocks.Clean));
        var words = string.Join(", ", entry.Stances.Take(3).Select(s => several ? PluralWord(s) : Stances.Word(s)));
        yield return Blocks.Para(StyleIds.Stance, Blocks.Text(names), Blocks.Text(" \u2014 " + words));
        foreach (var evidence in entry.Evidence)
        {
            yield return Blocks.Para(StyleIds.Quote, Blocks.Clean(evidence.Text));
            yield return Blocks.Para(StyleIds.QuoteSource, SourceRefs.Attribution(context, evidence));
        }
        // Each sentence is quoted once in the memo; here it is pointed to, with where it is quoted.
        foreach (var earlier in entry.Earlier)
            yield return Blocks.Para(StyleIds.QuoteSource,
                $"Also rests on {SourceRefs.Where(context, earlier.Evidence.Source, earlier.Evidence.Line, earlier.Evidence.Start)}, quoted above under {Blocks.Clean(earlier.Section)} \u2014 {Blocks.Clean(earlier.Entry)}.");
        if (entry.OthersOnly is { } others)
            yield return Blocks.Para(StyleIds.QuoteSource,
                $"Recorded only from another party's words ({SourceRefs.Attribution(context, others).TrimStart('\u2014', ' ')}); not quoted as {Blocks.Clean(names)}'s own.");
    }

    private static string PluralWord(Stance stance) => stance == Stance.Concern ? "concerned" : Stances.Name(stance);

    private static string Plural(int n, string noun) => n + " " + noun + (n == 1 ? string.Empty : "s");
}
