// Parse time per MB of one speaker-labelled document of 1, 10 and 50 MB: it should be flat (linear
// time). Compare the MB/s column across the rows; a falling MB/s as the size grows is a super-linear step.
using System.Collections.Generic;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BriefingKit.Reading;

namespace BriefingKit.Benchmarks;

[Config(typeof(LongRunConfig))]
public class ParseScalingBenchmarks : IHasInputBytes
{
    private BriefingPipeline _pipeline = null!;
    private byte[] _bytes = null!;

    [Params(1, 10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Just under the size, so 50 MB stays within the default 50 MiB input limit.
        _pipeline = BriefingPipelineBuilder.CreateDefault(o => o.MaxInputBytes = 64L * 1024 * 1024).Build();
        _bytes = Make(Megabytes);
    }

    [Benchmark]
    public Transcript Parse() => _pipeline.Parse(new TranscriptInput(_bytes, "briefing.txt"), TranscriptFormat.SpeakerLabelled, CancellationToken.None);

    long IHasInputBytes.InputBytes(IReadOnlyDictionary<string, object> parameters) => Make((int)parameters[nameof(Megabytes)]).Length;

    private static byte[] Make(int megabytes) => SyntheticBriefing.Render(TranscriptFormat.SpeakerLabelled, megabytes * 1_000_000);
}
