// An extractive summary: the few sentences that carry the most positions, commitments and
// issues, in document order, so a principal reads the gist in the transcript's own words.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Fills <see cref="Transcript.Summary"/> with 3–5 sentences from the transcript.</summary>
internal sealed class SummaryAnalyzer : TranscriptAnalyzer
{
    /// <summary>The most sentences a summary has.</summary>
    public const int MaxSentences = 5;

    /// <summary>The fewest sentences a summary has, when the transcript has that many.</summary>
    public const int MinSentences = 3;

    private const int MinWords = 8;
    private const int MaxWords = 60;
    private readonly IssueTaxonomy _taxonomy;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="taxonomy">The issue taxonomy.</param>
    public SummaryAnalyzer(IssueTaxonomy taxonomy) => _taxonomy = taxonomy ?? throw new ArgumentNullException(nameof(taxonomy));

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.Issues, AnalysisFacts.Positions, AnalysisFacts.Commitments };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Summary };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var evidence = new HashSet<string>(transcript.Positions.Where(p => Stances.GroupOf(p.Stance) != StanceGroup.Statement).Select(p => p.Evidence ?? string.Empty), StringComparer.Ordinal);
        var stated = new HashSet<string>(transcript.Positions.Select(p => p.Evidence ?? string.Empty), StringComparer.Ordinal);
        var commitmentLines = new HashSet<int>(transcript.Commitments.Select(c => c.Line));
        var tagged = new HashSet<string>(transcript.Issues.Select(i => i.Id), StringComparer.Ordinal);

        var candidates = new List<(Sentence Sentence, double Score, int Order)>();
        var order = 0;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            order++;
            var turn = transcript.Turns[sentence.TurnIndex];
            if (turn.Kind == TurnKind.Question) continue;
            var words = SpaceSeparated.Count(sentence.Text);
            if (words < MinWords || words > MaxWords || sentence.Text.EndsWith("?", StringComparison.Ordinal)) continue;

            var issues = _taxonomy.Terms.Matches(sentence).Select(m => m.Value).Where(tagged.Contains).Distinct().Count();
            var score = issues
                + (evidence.Contains(sentence.Text) ? 3 : stated.Contains(sentence.Text) ? 1 : 0)
                + (commitmentLines.Contains(sentence.Line) ? 1 : 0)
                + (order <= 2 ? 1.5 : 0) // a readout's or article's opening sentence says what happened
                - (DiscourseWords.Default.LeansOnContext(sentence) ? 2 : 0);
            if (score > 0) candidates.Add((sentence, score, order));
        }

        var count = Math.Min(MaxSentences, Math.Max(MinSentences, (candidates.Count + 2) / 3));
        var summary = candidates
            .OrderByDescending(c => c.Score).ThenBy(c => c.Order)
            .GroupBy(c => c.Sentence.Text).Select(g => g.First())
            .Take(count)
            .OrderBy(c => c.Order)
            .Select(c => c.Sentence.Text)
            .ToValueList();
        return transcript with { Summary = summary };
    }
}
