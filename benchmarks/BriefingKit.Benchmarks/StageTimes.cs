// A quick profile of where parse time goes, on real files rather than the synthetic briefing:
//   dotnet run -c Release --project benchmarks/BriefingKit.Benchmarks -- --stages DIR [--passes N]
// Reads every file under DIR, then runs detection, the reader and each analyzer on one thread,
// N times (default 3) after a warm-up pass, and prints each stage's time per pass, its share and
// MB/s, with the bytes allocated. Times are the thread's CPU time where the OS gives it (Linux),
// so a busy shared machine inflates them less than wall-clock time would. Not a BenchmarkDotNet run: it is for finding the next hot spot,
// the BenchmarkDotNet classes are for the numbers that go into docs/performance.md.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using BriefingKit.Analysis;
using BriefingKit.Reading;

namespace BriefingKit.Benchmarks;

internal static class StageTimes
{
    public static int Run(string folder, int passes)
    {
        var inputs = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new TranscriptInput(File.ReadAllBytes(f), Path.GetFileName(f)))
            .ToList();
        var megabytes = inputs.Sum(i => (double)i.Bytes.Length) / 1e6;
        var pipeline = BriefingPipeline.Default;
        var names = new List<string> { "detect", "read" };
        names.AddRange(pipeline.Analyzers.Select(a => a.GetType().Name));
        var ticks = new long[names.Count];
        var bytes = new long[names.Count];

        for (var pass = 0; pass <= passes; pass++)
        {
            var measure = pass > 0; // pass 0 warms up (JIT, data files, tiering)
            foreach (var original in inputs)
            {
                // A fresh input each pass: the decoded text is cached on the input.
                var input = new TranscriptInput(original.Bytes, original.FileName);
                var stage = 0;
                Transcript transcript;
                try
                {
                    var reader = Time(measure, ticks, bytes, stage++, () => Detect(pipeline, input));
                    transcript = Time(measure, ticks, bytes, stage++, () => reader.Read(input, CancellationToken.None));
                }
                catch (TranscriptFormatException)
                {
                    continue;
                }
                if (transcript.Format == TranscriptFormat.BriefingKitJson) continue;
                var document = new AnalysisDocument(transcript);
                foreach (var analyzer in pipeline.Analyzers)
                    Time(measure, ticks, bytes, stage++, () => { analyzer.Analyze(document, CancellationToken.None); return 0; });
            }
        }

        var total = ticks.Sum();
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} files, {1:0.0} MB, {2} passes: {3:0.000} s per pass, {4:0.0} MB/s on one thread ({5})",
            inputs.Count, megabytes, passes, Seconds(total) / passes, megabytes * passes / Seconds(total), ThreadClock.Works ? "thread CPU time" : "wall-clock time"));
        Console.WriteLine("| stage | s per pass | share | MB/s | MB allocated per pass |");
        Console.WriteLine("|---|---|---|---|---|");
        for (var i = 0; i < names.Count; i++)
        {
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.000} | {2:0.0}% | {3:0} | {4:0} |",
                names[i], Seconds(ticks[i]) / passes, 100.0 * ticks[i] / total, megabytes * passes / Math.Max(Seconds(ticks[i]), 1e-9),
                bytes[i] / 1e6 / passes));
        }
        return 0;
    }

    private static ITranscriptReader Detect(BriefingPipeline pipeline, TranscriptInput input)
    {
        ITranscriptReader? best = null;
        var bestScore = 0;
        foreach (var reader in pipeline.Readers)
        {
            var score = reader.Detect(input);
            if (score > bestScore) (best, bestScore) = (reader, score);
        }
        return best ?? throw new TranscriptFormatException(input.FileName, 0, "no format");
    }

    private static T Time<T>(bool measure, long[] ticks, long[] bytes, int stage, Func<T> work)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = Now();
        var result = work();
        if (measure)
        {
            ticks[stage] += Now() - start;
            bytes[stage] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
        return result;
    }

    private static double Seconds(long ticks) => ThreadClock.Works ? ticks / 1e9 : (double)ticks / Stopwatch.Frequency;

    private static long Now() => ThreadClock.Works ? ThreadClock.Nanoseconds() : Stopwatch.GetTimestamp();

    /// <summary>The calling thread's CPU time (clock_gettime with CLOCK_THREAD_CPUTIME_ID) on Linux.</summary>
    private static class ThreadClock
    {
        private const int ThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

        public static readonly bool Works = OperatingSystem.IsLinux() && Try();

        public static long Nanoseconds()
        {
            _ = clock_gettime(ThreadCpuTime, out var t);
            return (t.Seconds * 1_000_000_000L) + t.Nanoseconds;
        }

        private static bool Try()
        {
            try
            {
                return clock_gettime(ThreadCpuTime, out _) == 0;
            }
            catch (DllNotFoundException)
            {
                return false;
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int clock_gettime(int clock, out TimeSpec time);

        [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }
    }
}
