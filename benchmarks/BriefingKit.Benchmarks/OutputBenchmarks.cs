// The writers, from transcripts already analysed: the Word memo of one 60 KB briefing, and the
// Excel issue matrix of a week, a quarter and a year of daily briefings (one analysed briefing
// given each day's date and address, so rows do not collapse into one).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BriefingKit.Reading;
using BriefingKit.Excel;
using BriefingKit.Word;

namespace BriefingKit.Benchmarks;

[Config(typeof(BenchmarkConfig))]
public class MemoBenchmarks
{
    private Transcript[] _briefing = Array.Empty<Transcript>();

    [GlobalSetup]
    public void Setup() =>
        _briefing = new[] { BriefingPipeline.Default.Parse(new TranscriptInput(SyntheticBriefing.Render(TranscriptFormat.Markdown, 60_000), "briefing.md")) };

    [Benchmark]
    public async Task<long> Memo()
    {
        using var output = new MemoryStream();
        await MemoWriters.Default.WriteAsync(_briefing, output).ConfigureAwait(false);
        return output.Length;
    }
}

[Config(typeof(BenchmarkConfig))]
public class MatrixBenchmarks
{
    private Transcript[] _days = Array.Empty<Transcript>();

    [Params(7, 91, 365)]
    public int Days { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var briefing = BriefingPipeline.Default.Parse(new TranscriptInput(SyntheticBriefing.Render(TranscriptFormat.Markdown, 40_000), "briefing.md"));
        var first = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        _days = Enumerable.Range(0, Days)
            .Select(d => briefing with { Date = first.AddDays(d), Url = $"https://example.org/briefings/{first.AddDays(d):yyyy-MM-dd}/", Source = $"day-{d + 1:000}.md" })
            .ToArray();
    }

    [Benchmark]
    public async Task<long> Matrix()
    {
        using var output = new MemoryStream();
        await MatrixWriters.Default.WriteAsync(_days, output).ConfigureAwait(false);
        return output.Length;
    }
}
