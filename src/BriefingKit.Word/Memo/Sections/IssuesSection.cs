// One Heading 2 per issue (heaviest first), each actor's stances in words and the evidence
// as block quotes (Quote style) with speaker and where it is in the source.
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;

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
            yield return Blocks.Para(StyleIds.Heading2, issue.Name);
            if (digest.Several)
                yield return Blocks.Para(null, Blocks.Text($"Raised in {issue.Sources} of {digest.Sources.Count} sources; {Plural(issue.PositionCount, "position")} recorded.", italic: true, color: "595959"));
            foreach (var actor in issue.Actors)
            {
                foreach (var element in Actor(context, actor)) yield return element;
            }
        }
        if (digest.OtherIssues.Count > 0)
            yield return Blocks.Para(null, Blocks.Text("Also raised: ", bold: true), Blocks.Text(Blocks.JoinAnd(digest.OtherIssues.Select(Blocks.Clean)) + "."));
    }

    private static IEnumerable<OpenXmlElement> Actor(MemoContext context, ActorPosition actor)
    {
        var words = string.Join(", ", actor.Stances.Take(3).Select(Stances.Word));
        yield return Blocks.Para(StyleIds.Stance, Blocks.Text(Blocks.Clean(actor.Actor)), Blocks.Text(" \u2014 " + words, bold: false));
        foreach (var evidence in actor.Evidence)
        {
            yield return Blocks.Para(StyleIds.Quote, QuoteText(evidence.Text));
            yield return Blocks.Para(StyleIds.QuoteSource, Attribution(context, evidence));
        }
    }

    private static string QuoteText(string text)
    {
        var clean = Blocks.Clean(text);
        if (clean.Length > 0 && (clean[0] == '\u201C' || clean[0] == '"')) return clean;
        return "\u201C" + clean + "\u201D";
    }

    private static string Attribution(MemoContext context, Evidence evidence)
    {
        string who;
        if (evidence.Speaker is not null && evidence.Spoken) who = SourceRefs.Person(evidence.Speaker);
        else if (evidence.Speaker is not null) who = SourceRefs.Kind(evidence.Source.Kind) + ", on " + SourceRefs.Person(evidence.Speaker);
        else who = SourceRefs.Kind(evidence.Source.Kind);
        var where = SourceRefs.Where(context, evidence.Source, evidence.Line, evidence.Start);
        who = char.ToUpperInvariant(who[0]) + who.Substring(1);
        return "\u2014 " + who + (where.Length > 0 ? " \u00B7 " + where : string.Empty);
    }

    private static string Plural(int n, string noun) => n + " " + noun + (n == 1 ? string.Empty : "s");
}
