// Each analyzer of the default pipeline on its own, on a 60 KB speaker-labelled briefing that the
// reader and every earlier analyzer have already worked on (as in the pipeline).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BriefingKit.Reading;
using BriefingKit.Analysis;

namespace BriefingKit.Benchmarks;

[Config(typeof(BenchmarkConfig))]
public class AnalyzerBenchmarks : IHasInputBytes
{
    private const int Size = 60_000;
    private const int Batch = 8;
    private BriefingPipeline _pipeline = null!;
    private Transcript _read = null!;
    private int _index;
    private AnalysisDocument[] _documents = Array.Empty<AnalysisDocument>();

    public static IEnumerable<string> AnalyzerValues => BriefingPipeline.Default.Analyzers.Select(a => a.GetType().Name);

    [ParamsSource(nameof(AnalyzerValues))]
    public string Analyzer { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = BriefingPipeline.Default;
        _index = _pipeline.Analyzers.Select(a => a.GetType().Name).ToList().IndexOf(Analyzer);
        var input = new TranscriptInput(SyntheticBriefing.Render(TranscriptFormat.SpeakerLabelled, Size), "briefing.txt");
        _read = _pipeline.Readers.First(r => r.Format == TranscriptFormat.SpeakerLabelled).Read(input, CancellationToken.None);
    }

    // A fresh batch of documents brought up to this analyzer, so each run does the analyzer's whole work.
    [IterationSetup]
    public void Prepare()
    {
        _documents = new AnalysisDocument[Batch];
        for (var d = 0; d < Batch; d++)
        {
            var document = new AnalysisDocument(_read);
            for (var a = 0; a < _index; a++) _pipeline.Analyzers[a].Analyze(document, CancellationToken.None);
            _documents[d] = document;
        }
    }

    [Benchmark(OperationsPerInvoke = Batch)]
    public void Analyze()
    {
        var analyzer = _pipeline.Analyzers[_index];
        foreach (var document in _documents) analyzer.Analyze(document, CancellationToken.None);
    }

    long IHasInputBytes.InputBytes(IReadOnlyDictionary<string, object> parameters) =>
        SyntheticBriefing.Render(TranscriptFormat.SpeakerLabelled, Size).Length;
}
