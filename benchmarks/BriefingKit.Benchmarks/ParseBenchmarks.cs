// Parse + analyse one briefing per input format (format detection included, as the CLI does it),
// about 200 KB each, so the MB/s column compares formats.
using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BriefingKit.Reading;
using BriefingKit.Word;

namespace BriefingKit.Benchmarks;

[Config(typeof(BenchmarkConfig))]
public class ParseBenchmarks : IHasInputBytes
{
    private const int Size = 200_000;
    private BriefingPipeline _pipeline = null!;
    private TranscriptInput _input = null!;

    public static IEnumerable<TranscriptFormat> FormatValues => SyntheticBriefing.Formats;

    [ParamsSource(nameof(FormatValues))]
    public TranscriptFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = BriefingPipelineBuilder.CreateDefault().AddDocxReader().Build();
        _input = new TranscriptInput(SyntheticBriefing.Render(Format, Size), SyntheticBriefing.FileName(Format));
    }

    [Benchmark]
    public Transcript Parse() => _pipeline.Parse(new TranscriptInput(_input.Bytes, _input.FileName), null, CancellationToken.None);

    long IHasInputBytes.InputBytes(IReadOnlyDictionary<string, object> parameters) =>
        SyntheticBriefing.Render((TranscriptFormat)parameters[nameof(Format)], Size).Length;
}
