// A small load client: N workers send parse, memo and matrix requests in turn to a host on loopback
// for a bounded time, recording each request's latency and status; a sampler records the process's
// GC heap and working set. It stops by itself and sends nothing but to the address it is given.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Reliability.Tests.Host;

internal sealed record LoadRequest(string Route, string Body);

internal sealed record LoadSample(string Route, int Status, TimeSpan Latency, string? Error);

internal sealed record MemorySample(TimeSpan At, long GcHeapBytes, long WorkingSetBytes);

internal sealed class LoadClient(HttpClient client, IReadOnlyList<LoadRequest> requests, int concurrency)
{
    public ConcurrentBag<LoadSample> Samples { get; } = new();

    public List<MemorySample> Memory { get; } = new();

    /// <summary>Runs the workers for <paramref name="duration"/>; records samples only when <paramref name="record"/>.</summary>
    public async Task RunAsync(TimeSpan duration, bool record)
    {
        if (!client.BaseAddress!.IsLoopback) throw new InvalidOperationException("the load client only sends to loopback");
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        var sampler = record ? SampleMemoryAsync(clock, stop.Token) : Task.CompletedTask;
        var workers = Enumerable.Range(0, concurrency).Select(w => WorkAsync(w, record, stop.Token)).ToArray();
        await Task.WhenAll(workers);
        await sampler;
    }

    private async Task WorkAsync(int worker, bool record, CancellationToken stop)
    {
        for (var i = worker; !stop.IsCancellationRequested; i++)
        {
            var request = requests[i % requests.Count];
            var clock = Stopwatch.StartNew();
            int status;
            string? error = null;
            try
            {
                using var content = new StringContent(request.Body, System.Text.Encoding.UTF8, "application/json");
                // No token: a request already sent is finished, so the last ones are measured whole.
                using var response = await client.PostAsync(request.Route, content);
                var bytes = await response.Content.ReadAsByteArrayAsync();
                status = (int)response.StatusCode;
                if (status != 200) error = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 300));
                else if (bytes.Length == 0) error = "empty 200 answer";
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = 0;
                error = ex.GetType().Name + ": " + ex.Message;
            }
            if (record) Samples.Add(new LoadSample(request.Route, status, clock.Elapsed, error));
        }
    }

    private async Task SampleMemoryAsync(Stopwatch clock, CancellationToken stop)
    {
        using var process = Process.GetCurrentProcess();
        while (!stop.IsCancellationRequested)
        {
            process.Refresh();
            lock (Memory) Memory.Add(new MemorySample(clock.Elapsed, GC.GetTotalMemory(false), process.WorkingSet64));
            try
            {
                await Task.Delay(500, stop);
            }
            catch (TaskCanceledException)
            {
                break;
            }
        }
    }

    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
}
