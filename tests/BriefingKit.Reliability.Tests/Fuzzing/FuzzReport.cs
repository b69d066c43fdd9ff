// Counts what each property ran and how it ended, for the test output and for
// bin/…/reliability-fuzz.md, which docs/reliability.md quotes.
using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal sealed class FuzzTally
{
    private int _cases;
    private int _models;
    private int _refusals;
    private long _slowestTicks;

    public FuzzTally(string property) => Property = property;

    public string Property { get; }

    public int Cases => _cases;

    public void Model(TimeSpan elapsed) => Count(ref _models, elapsed);

    public void Refusal(TimeSpan elapsed) => Count(ref _refusals, elapsed);

    public void Done(TimeSpan elapsed) => Count(ref _models, elapsed);

    private void Count(ref int field, TimeSpan elapsed)
    {
        Interlocked.Increment(ref _cases);
        Interlocked.Increment(ref field);
        long seen;
        while (elapsed.Ticks > (seen = Interlocked.Read(ref _slowestTicks)) && Interlocked.CompareExchange(ref _slowestTicks, elapsed.Ticks, seen) != seen)
        {
        }
    }

    public override string ToString() => string.Format(CultureInfo.InvariantCulture,
        "| {0} | {1} | {2} | {3} | {4:0.00} s |", Property, _cases, _models, _refusals, TimeSpan.FromTicks(_slowestTicks).TotalSeconds);
}

internal static class FuzzReport
{
    private static readonly ConcurrentDictionary<string, FuzzTally> Tallies = new();
    private static readonly object FileLock = new();

    public static FuzzTally Start(string property) => Tallies.GetOrAdd(property, p => new FuzzTally(p));

    /// <summary>Rewrites the results file with every tally so far and returns this property's line.</summary>
    public static string Finish(FuzzTally tally)
    {
        lock (FileLock)
        {
            var text = new StringBuilder()
                .AppendLine(CultureInfo.InvariantCulture, $"# Fuzz results (seed {FuzzSettings.Seed}, scale {FuzzSettings.Scale}, case bound {FuzzSettings.CaseTimeout.TotalSeconds:0} s)")
                .AppendLine()
                .AppendLine("| property | cases | models / written | clean refusals | slowest case |")
                .AppendLine("|---|---|---|---|---|");
            foreach (var t in Tallies.Values.OrderBy(t => t.Property, StringComparer.Ordinal)) text.AppendLine(t.ToString());
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Total cases: {Tallies.Values.Sum(t => t.Cases)}");
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "reliability-fuzz.md"), text.ToString());
        }
        return $"seed {FuzzSettings.Seed}: {tally}";
    }
}
