// The bounded load test (SPEC §9): parse, memo and matrix at concurrency 16 on loopback for
// BRIEFINGKIT_LOAD_SECONDS (default 30) after a warm-up. No request may fail, the managed heap after
// a full collection may grow by at most 64 MB from the warm-up (or the run's midpoint) to its end, and
// p50/p95/p99 latencies go to the test output and to bin/…/reliability-load.md.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace BriefingKit.Reliability.Tests.Host;

/// <summary>Host tests that measure time or memory run alone, after the parallel fuzz tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "Host under load (alone)";
}

[Collection(LoadCollection.Name)]
public sealed class HostLoadTests(ITestOutputHelper output)
{
    private const int Concurrency = 16;
    private const long HeapGrowthBound = 64L * 1024 * 1024;

    private static TimeSpan Duration { get; } = TimeSpan.FromSeconds(ReadSeconds("BRIEFINGKIT_LOAD_SECONDS", 30));

    [Fact]
    public async Task Parse_memo_and_matrix_at_concurrency_16_give_no_errors_and_no_memory_growth()
    {
        using var host = LoopbackHost.Start();
        using var client = host.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(120);
        var week = LoadPayloads.Week.Select(t => $$"""{"text": {{LoopbackHost.Quote(t)}}}""");
        var requests = new List<LoadRequest>
        {
            new("/api/parse", $$"""{"text": {{LoopbackHost.Quote(LoadPayloads.Sample)}}, "fileName": "briefing.md"}"""),
            new("/api/memo", $$"""{"text": {{LoopbackHost.Quote(LoadPayloads.Sample)}}, "classification": "UNCLASSIFIED"}"""),
            new("/api/matrix", $$"""{"transcripts": [{{string.Join(",", week)}}], "week": "2021-W15"}"""),
        };
        var load = new LoadClient(client, requests, Concurrency);

        // Warm-up: JIT, caches and pools fill; then the baseline after a full collection.
        var warmUp = TimeSpan.FromSeconds(Math.Clamp(Duration.TotalSeconds / 5, 2, 6));
        await load.RunAsync(warmUp, record: false);
        var baseline = FullCollection();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var baselineWorkingSet = process.WorkingSet64;

        // Two halves with a full collection after each: the heap after the warm-up still holds what the
        // server's pools and earlier tests release later, so growth is measured from the lower of it and
        // the midpoint; a leak grows the heap from the midpoint to the end as well.
        await load.RunAsync(Duration / 2, record: true);
        var middle = FullCollection();
        await load.RunAsync(Duration / 2, record: true);
        var final = FullCollection();
        process.Refresh();
        var reference = Math.Min(baseline, middle);

        var samples = load.Samples.ToList();
        var report = Report(samples, load.Memory, baseline, middle, final, baselineWorkingSet, process.WorkingSet64, warmUp);
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "reliability-load.md"), report);

        var errors = samples.Where(s => s.Error is not null).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} failed request(s); first: {errors.FirstOrDefault()}");
        Assert.True(samples.Count >= requests.Count, $"only {samples.Count} requests completed");
        Assert.True(final - reference < HeapGrowthBound,
            $"the managed heap grew by {(final - reference) / 1048576.0:0.0} MB under load (bound {HeapGrowthBound / 1048576} MB)");
    }

    private static long FullCollection()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static string Report(List<LoadSample> samples, List<MemorySample> memory, long baseline, long middle, long final, long baselineWs, long finalWs, TimeSpan warmUp)
    {
        static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# Host load test: concurrency {Concurrency}, {Duration.TotalSeconds:0} s after a {warmUp.TotalSeconds:0} s warm-up, loopback, {Environment.ProcessorCount} cores")
            .AppendLine()
            .AppendLine("| route | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |")
            .AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in samples.GroupBy(s => s.Route).OrderBy(g => g.Key, StringComparer.Ordinal).Append(samples.GroupBy(_ => "all").FirstOrDefault()))
        {
            if (group is null) continue;
            var sorted = group.Select(s => s.Latency).OrderBy(t => t).ToList();
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {group.Key} | {sorted.Count} | {group.Count(s => s.Error is not null)} | {sorted.Count / Duration.TotalSeconds:0.0} | {Ms(LoadClient.Percentile(sorted, 50))} | {Ms(LoadClient.Percentile(sorted, 95))} | {Ms(LoadClient.Percentile(sorted, 99))} | {Ms(sorted.LastOrDefault())} |");
        }
        text.AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Managed heap after a full collection: {baseline / 1048576.0:0.0} MB after warm-up, {middle / 1048576.0:0.0} MB halfway, {final / 1048576.0:0.0} MB at the end (growth from the lower of the first two {(final - Math.Min(baseline, middle)) / 1048576.0:0.0} MB, bound {HeapGrowthBound / 1048576} MB).")
            .AppendLine(CultureInfo.InvariantCulture, $"Working set: {baselineWs / 1048576.0:0} MB after warm-up, {finalWs / 1048576.0:0} MB at the end; sampled every 0.5 s during the run: max GC heap {(memory.Count == 0 ? 0 : memory.Max(m => m.GcHeapBytes)) / 1048576.0:0} MB, max working set {(memory.Count == 0 ? 0 : memory.Max(m => m.WorkingSetBytes)) / 1048576.0:0} MB ({memory.Count} samples).");
        return text.ToString();
    }

    private static double ReadSeconds(string name, double fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= 3600
            ? value
            : throw new InvalidOperationException($"{name} must be a number of seconds from 1 to 3600, not '{text}'.");
    }
}
