// The analyzers' declared needs: the builder refuses an order in which a step needs what only a
// later step adds, and an analyzer of your own goes before, after or instead of a built-in one.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Pipeline;

public sealed class AnalyzerListTests
{
    [Fact]
    public void Build_DefaultAnalyzers_AreInAnOrderThatWorks()
    {
        var builder = BriefingPipelineBuilder.CreateDefault();

        Assert.Empty(builder.Analyzers.OrderProblems());
        Assert.Equal(builder.Analyzers.Count, builder.Build().Analyzers.Count);
    }

    [Fact]
    public void Build_StancesBeforeIssues_ThrowsNamingBothAndTheFix()
    {
        var builder = BriefingPipelineBuilder.CreateDefault();
        var stances = builder.Analyzers.Find<StanceAnalyzer>()!;
        builder.Analyzers.Remove(stances);
        builder.Analyzers.InsertBefore<IssueTagger>(stances);

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("StanceAnalyzer needs 'issues', which IssueTagger provides only after it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryUnmetNeed_IsReportedTogether()
    {
        var builder = BriefingPipelineBuilder.CreateDefault();
        builder.Analyzers.InsertBefore<MetadataAnalyzer>(new Custom(requires: ["sentiment", AnalysisFacts.Positions]));

        var error = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("Custom needs 'sentiment', which no analyzer provides", error.Message, StringComparison.Ordinal);
        Assert.Contains("Custom needs 'positions', which StanceAnalyzer provides only after it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InsertAfter_CustomAnalyzer_RunsRightAfterAndOnce()
    {
        var analyzers = BriefingPipelineBuilder.CreateDefault().Analyzers;

        Assert.True(analyzers.InsertAfter<StanceAnalyzer>(new Custom(requires: [AnalysisFacts.Positions])));
        Assert.False(analyzers.InsertAfter<StanceAnalyzer>(new Custom(requires: [AnalysisFacts.Positions])));

        var at = analyzers.FindIndex(a => a is StanceAnalyzer);
        Assert.IsType<Custom>(analyzers[at + 1]);
        Assert.Single(analyzers.OfType<Custom>());
        Assert.Empty(analyzers.OrderProblems());
    }

    [Fact]
    public void Replace_BuiltIn_TakesItsPlaceAndItsOutputReachesTheTranscript()
    {
        var builder = BriefingPipelineBuilder.CreateDefault();
        Assert.True(builder.Analyzers.Replace<SummaryAnalyzer>(new Custom(requires: [AnalysisFacts.Positions], provides: [AnalysisFacts.Summary])));
        Assert.False(builder.Analyzers.Contains<SummaryAnalyzer>());

        var transcript = builder.Build().ParseText("MR. SMITH: We agreed to work together on climate change and on climate finance.\n", "t.txt");

        Assert.Equal(["custom summary"], transcript.Summary.ToArray());
    }

    [Fact]
    public void Document_Sentences_AreSplitAndTokenisedOnceAndSurviveReattributedTurns()
    {
        var transcript = new Transcript
        {
            Speakers = new[] { new Speaker("s1", "A"), new Speaker("s2", "B") }.ToValueList(),
            Turns = new[] { new Turn("Japan’s Leaders AGREED. Then they left.") { Speaker = "s1", Line = 1 } }.ToValueList(),
        };
        var document = new AnalysisDocument(transcript);

        var sentences = document.Sentences;
        Assert.Equal(["Japan’s Leaders AGREED.", "Then they left."], sentences.Select(s => s.Text).ToArray());
        Assert.Equal(["japan", "'", "s", "leaders", "agreed", "."], sentences[0].Tokens.Select(t => t.Lower).ToArray());

        document.Transcript = transcript with { Turns = transcript.Turns.Select(t => t with { Speaker = "s2" }).ToValueList() };
        Assert.Same(sentences, document.Sentences);

        document.Transcript = transcript with { Turns = new[] { new Turn("Something else.") { Line = 1 } }.ToValueList() };
        Assert.Equal(["Something else."], document.Sentences.Select(s => s.Text).ToArray());
    }

    [Fact]
    public void Sentence_PhraseList_IsMatchedOncePerList()
    {
        var matcher = new PhraseMatcher<string>([("climate change", "climate"), ("DPRK", "north-korea")]);
        var document = new AnalysisDocument(new Transcript { Turns = new[] { new Turn("Climate  change and the dprk and the DPRK.") }.ToValueList() });
        var sentence = document.Sentences.Single();

        var first = matcher.Matches(sentence);

        Assert.Same(first, matcher.Matches(sentence));
        Assert.Equal(["Climate  change", "DPRK"], first.Select(m => m.Text).ToArray());
    }

    [Fact]
    public void InsertAfter_UrgencyAnalyzer_RunsAfterStances()
    {
        // The analyzer list is internal now (AnalysisDocument is not public API); the ordering still has to work.
        var builder = BriefingPipelineBuilder.CreateDefault();
        builder.Analyzers.InsertAfter<StanceAnalyzer>(new UrgencyAnalyzer());
        var pipeline = builder.Build();

        var transcript = pipeline.ParseText("MR. SMITH: We must act immediately on climate change.\n", "t.txt");

        Assert.Contains("urgent", transcript.Tags);
    }

    private sealed class UrgencyAnalyzer : ITranscriptAnalyzer
    {
        public IReadOnlyCollection<string> Requires { get; } = [AnalysisFacts.Positions];
        public IReadOnlyCollection<string> Provides { get; } = ["urgency"];

        public void Analyze(AnalysisDocument document, CancellationToken cancellationToken)
        {
            var urgent = document.Sentences.Count(s => s.Tokens.Any(t => t.Lower == "immediately"));
            document.Transcript = document.Transcript with { Tags = document.Transcript.Tags.Append(urgent > 0 ? "urgent" : "routine").ToValueList() };
        }
    }

    private sealed class Custom(string[]? requires = null, string[]? provides = null) : ITranscriptAnalyzer
    {
        public IReadOnlyCollection<string> Requires { get; } = requires ?? [];

        public IReadOnlyCollection<string> Provides { get; } = provides ?? [];

        public void Analyze(AnalysisDocument document, CancellationToken cancellationToken) =>
            document.Transcript = document.Transcript with { Summary = new[] { "custom summary" }.ToValueList() };
    }
}
