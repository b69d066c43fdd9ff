// One configuration for every benchmark: in-process (no generated project to build, which on a
// 2-core machine costs more than the runs), memory diagnoser, a short job, and an MB/s column
// for benchmarks that say how many bytes they read.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BriefingKit.Benchmarks;

/// <summary>Benchmarks whose inputs have a size: the bytes one operation reads, for the MB/s column.</summary>
internal interface IHasInputBytes
{
    /// <summary>The bytes one operation reads with these parameter values (computed again in the host process).</summary>
    long InputBytes(IReadOnlyDictionary<string, object> parameters);
}

/// <summary>The suite's configuration.</summary>
public class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
        : this(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("InProcess"))
    {
    }

    /// <summary>The suite's loggers, columns, diagnosers and exporters with one job of the caller's.</summary>
    protected BenchmarkConfig(Job job)
    {
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
        AddExporter(DefaultConfig.Instance.GetExporters().ToArray());
        AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray());
        AddValidator(DefaultConfig.Instance.GetValidators().ToArray());
        AddJob(job);
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ThroughputColumn());
    }
}

/// <summary>MB (10^6 bytes) read per second, from the mean time of one operation.</summary>
/// <summary>
/// For inputs that take a minute an operation (50 MB): one warm-up and three measured runs, in process with
/// a time-out long enough for them (the in-process toolchain's default gives up on long operations).
/// </summary>
public sealed class LongRunConfig : BenchmarkConfig
{
    public LongRunConfig()
        : base(Job.Default.WithStrategy(BenchmarkDotNet.Engines.RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false)).WithId("LongRun"))
    {
    }
}

internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);
    public string ColumnName => "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Input megabytes (10^6 bytes) read per second of mean time";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Activator.CreateInstance(benchmarkCase.Descriptor.Type) is not IHasInputBytes sized) return "-";
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics) return "-";
        var parameters = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var p in benchmarkCase.Parameters.Items) parameters[p.Name] = p.Value;
        var bytes = sized.InputBytes(parameters);
        var seconds = statistics.Mean / 1e9;
        return bytes <= 0 || seconds <= 0 ? "-" : (bytes / 1e6 / seconds).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
