// One Heading 2 per issue (heaviest first), each actor's stances in words and the evidence
// as block quotes (Quote style) with speaker and where it is in the source. Actors backed by
// the very same sentences ("the U.S. and Russia agreed …") share one entry.
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
            yield return Blocks.Para(StyleIds.Heading2, Blocks.Clean(issue.Name));
            if (digest.Several)
                yield return Blocks.Para(null, Blocks.Text($"Raised in {issue.Sources} of {digest.Sources.Count} sources; {Plural(issue.PositionCount, "position")} recorded.", italic: true, color: "595959"));
            foreach (var group in Merge(issue.Actors))
            {
                foreach (var element in Entry(context, group)) yield return element;
            }
        }
        if (digest.OtherIssues.Count > 0)
            yield return Blocks.Para(null, Blocks.Text("Also raised: ", bold: true), Blocks.Text(Blocks.JoinAnd(digest.OtherIssues.Select(Blocks.Clean)) + "."));
    }

    // Consecutive-or-not actors with the same stances and the same evidence become one entry.
    private static List<List<ActorPosition>> Merge(IReadOnlyList<ActorPosition> actors)
    {
        var groups = new List<List<ActorPosition>>();
        foreach (var actor in actors)
        {
            var key = Key(actor);
            var group = groups.FirstOrDefault(g => actor.Evidence.Count > 0 && Key(g[0]) == key);
            if (group is null) groups.Add(new List<ActorPosition> { actor });
            else group.Add(actor);
        }
        return groups;
    }

    private static string Key(ActorPosition actor) =>
        string.Join("|", actor.Stances.Take(3)) + "#" + string.Join("|", actor.Evidence.Select(e => TextKey.Normalize(e.Text)));

    private static IEnumerable<OpenXmlElement> Entry(MemoContext context, List<ActorPosition> group)
    {
        var first = group[0];
        var names = Blocks.JoinAnd(group.Select(a => Blocks.Clean(a.Actor)));
        var words = string.Join(", ", first.Stances.Take(3).Select(s => group.Count > 1 ? PluralWord(s) : Stances.Word(s)));
        yield return Blocks.Para(StyleIds.Stance, Blocks.Text(names), Blocks.Text(" \u2014 " + words));
        foreach (var evidence in first.Evidence)
        {
            yield return Blocks.Para(StyleIds.Quote, Blocks.Clean(evidence.Text));
            yield return Blocks.Para(StyleIds.QuoteSource, Attribution(context, evidence));
        }
    }

    private static string PluralWord(Stance stance) => stance == Stance.Concern ? "concerned" : Stances.Name(stance);

    private static string Attribution(MemoContext context, Evidence evidence)
    {
        var kind = SourceRefs.Kind(evidence.Source.Kind);
        kind = char.ToUpperInvariant(kind[0]) + kind.Substring(1);
        var who = evidence.Speaker is null ? kind
            : evidence.Spoken ? SourceRefs.Person(evidence.Speaker)
            : kind + ", reporting " + SourceRefs.Person(evidence.Speaker);
        var where = SourceRefs.Where(context, evidence.Source, evidence.Line, evidence.Start);
        return "\u2014 " + who + (where.Length > 0 ? " \u00B7 " + where : string.Empty);
    }

    private static string Plural(int n, string noun) => n + " " + noun + (n == 1 ? string.Empty : "s");
}
