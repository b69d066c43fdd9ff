// Which issues a source's headline names. Most headlines name their issue outright ("Statement on
// Climate Finance"); a headline whose topic is a country ("Remarks on Norway") names none, and then the
// source's news is what it decided toward that country — the issue on which it most often commits in
// sentences that name that country ("we will extend the fisheries accord with Norway").
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BriefingKit.Analysis;

namespace BriefingKit.Word.Memo.Content;

internal static class HeadlineIssues
{
    // "… on Norway", "… on the Philippines": the topic a headline ends on after "on".
    private static readonly Regex TopicAtEnd = new(@"\bon\s+(?:the\s+)?(?<topic>[^,:;]+?)\s*$", RegexOptions.CultureInvariant, RegexLimits.Timeout);

    /// <summary>The issues <paramref name="transcript"/>'s title names among <paramref name="candidates"/>.</summary>
    /// <param name="transcript">The source.</param>
    /// <param name="candidates">The source's issues.</param>
    /// <param name="named">Which of the candidates a text names by the taxonomy's terms or display names.</param>
    /// <param name="actors">The gazetteer that tells a country from other topics.</param>
    public static IEnumerable<string> Of(Transcript transcript, HashSet<string> candidates, Func<string?, HashSet<string>, IEnumerable<string>> named, ActorDirectory actors)
    {
        var direct = named(transcript.Title, candidates).ToList();
        if (direct.Count > 0 || transcript.Title is null) return direct;
        var match = TopicAtEnd.Match(transcript.Title);
        var country = match.Success ? actors.Canonical(match.Groups["topic"].Value) : null;
        if (country is null) return direct;

        var decided = transcript.Positions
            .Where(p => p.Stance == Stance.Commit && p.Evidence is not null && actors.Find(p.Evidence).Any(m => m.Actor == country))
            .GroupBy(p => p.Issue, StringComparer.Ordinal)
            .Select(g => (Issue: g.Key, Count: g.Select(p => p.Line).Distinct().Count()))
            .ToList();
        if (decided.Count == 0) return direct;
        var most = decided.Max(d => d.Count);
        // A tie means the headline does not single one out.
        var top = decided.Where(d => d.Count == most).ToList();
        return top.Count == 1 ? new[] { top[0].Issue } : direct;
    }
}
