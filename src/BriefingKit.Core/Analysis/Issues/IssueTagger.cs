// Tags the taxonomy issues a transcript substantively discusses: an issue needs enough
// signals for the document's length (a term in the title counts twice; a term in a sentence
// that takes a side counts twice; related phrases confirm an issue a term signals but add at
// most one signal however often they recur), so a single passing word does not tag it.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Issues"/> from the <see cref="IssueTaxonomy"/>.</summary>
internal sealed class IssueTagger : TranscriptAnalyzer
{
    /// <summary>How many signals make an issue substantive in a document of ordinary length.</summary>
    public const int MinimumMentions = 3;

    /// <summary>At most this many signals come from related phrases: they confirm an issue, they do not make it.</summary>
    public const int MaximumRelatedSignals = 1;

    /// <summary>Below this many words (a readout or short statement), one clear term is substantive.</summary>
    public const int ShortDocumentWords = 400;

    /// <summary>Above this many words (a full briefing), an issue needs one more signal: long texts touch many things in passing.</summary>
    public const int LongDocumentWords = 2000;

    private readonly IssueTaxonomy _taxonomy;
    private readonly StanceLexicon _lexicon;

    /// <summary>Creates the tagger.</summary>
    /// <param name="taxonomy">The taxonomy.</param>
    /// <param name="lexicon">The stance cues: a term in a sentence that takes a stance counts double.</param>
    public IssueTagger(IssueTaxonomy taxonomy, StanceLexicon lexicon)
    {
        _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.Metadata };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Issues };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        // Signals decide whether an issue is substantive; mentions (term occurrences) are what is reported.
        var signals = new Dictionary<string, int>(StringComparer.Ordinal);
        var related = new Dictionary<string, int>(StringComparer.Ordinal);
        var mentions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, _, _, id) in _taxonomy.Terms.Matches(transcript.Title ?? string.Empty))
        {
            Add(signals, id, 2);
            Add(mentions, id, 1);
        }
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (transcript.Turns[sentence.TurnIndex].Kind == TurnKind.Question) continue; // a reporter's question alone does not make an issue
            var ids = _taxonomy.Terms.Matches(sentence).Select(m => m.Value)
                .Concat(IssuePatterns.NamePair.Matches(sentence.Text).Cast<Match>().SelectMany(m => _taxonomy.AfterNamePair(m.Groups[1].Value))).ToList();
            foreach (var id in ids)
            {
                Add(signals, id, 1);
                Add(mentions, id, 1);
            }
            foreach (var (_, _, _, id) in _taxonomy.Related.Matches(sentence)) Add(related, id, 1);
            // Someone taking a side on it makes a single mention substantive.
            if (ids.Count > 0 && _lexicon.CuesIn(sentence).Any(c => Stances.GroupOf(c.Value.Stance) != StanceGroup.Statement))
                foreach (var id in ids.Distinct()) Add(signals, id, 1);
        }

        var words = document.WordCount;
        var minimum = words < ShortDocumentWords ? 1 : words > LongDocumentWords ? MinimumMentions + 1 : MinimumMentions;
        var issues = _taxonomy.Issues
            .Where(issue => Count(signals, issue.Id) > 0 && Count(signals, issue.Id) + Math.Min(Count(related, issue.Id), MaximumRelatedSignals) >= minimum)
            .Select(issue => new IssueMention(issue.Id, issue.Name) { Mentions = Count(mentions, issue.Id) })
            .OrderByDescending(issue => issue.Mentions)
            .ToValueList();
        return transcript with { Issues = issues };
    }

    private static void Add(Dictionary<string, int> counts, string id, int n) => counts[id] = Count(counts, id) + n;

    private static int Count(Dictionary<string, int> counts, string id) => counts.TryGetValue(id, out var n) ? n : 0;
}
