// Tags the taxonomy issues a transcript substantively discusses: an issue needs at least
// two signals (a term in the title counts twice; related phrases count once the issue is
// signalled by a term), so a single passing word does not tag it.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Issues"/> from the <see cref="IssueTaxonomy"/>.</summary>
public sealed class IssueTagger : ITranscriptAnalyzer
{
    /// <summary>How many signals make an issue substantive in a document of ordinary length.</summary>
    public const int MinimumMentions = 2;

    /// <summary>Below this many words (a readout or short statement), one clear term is substantive.</summary>
    public const int ShortDocumentWords = 400;

    private readonly IssueTaxonomy _taxonomy;

    /// <summary>Creates the tagger.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    public IssueTagger(IssueTaxonomy taxonomy) => _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));

    /// <inheritdoc />
    public Transcript Analyze(Transcript transcript, CancellationToken cancellationToken)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var related = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, _, id) in _taxonomy.Terms.Matches(transcript.Title ?? string.Empty)) Add(terms, id, 2);
        foreach (var turn in transcript.Turns)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsQuestion(transcript, turn)) continue; // a reporter's question alone does not make an issue
            foreach (var (_, _, _, id) in _taxonomy.Terms.Matches(turn.Text)) Add(terms, id, 1);
            foreach (var (_, _, _, id) in _taxonomy.Related.Matches(turn.Text)) Add(related, id, 1);
        }

        var words = transcript.Turns.Sum(t => t.Text.Split(' ').Length);
        var minimum = words < ShortDocumentWords ? 1 : MinimumMentions;
        var issues = _taxonomy.Issues
            .Select(issue => (issue, mentions: Count(terms, issue.Id) + (Count(terms, issue.Id) > 0 ? Count(related, issue.Id) : 0)))
            .Where(x => x.mentions >= minimum)
            .OrderByDescending(x => x.mentions)
            .Select(x => new IssueMention(x.issue.Id, x.issue.Name) { Mentions = x.mentions })
            .ToValueList();
        return transcript with { Issues = issues };
    }

    private static bool IsQuestion(Transcript transcript, Turn turn) => turn.Kind == TurnKind.Question;

    private static void Add(Dictionary<string, int> counts, string id, int n) => counts[id] = Count(counts, id) + n;

    private static int Count(Dictionary<string, int> counts, string id) => counts.TryGetValue(id, out var n) ? n : 0;
}
