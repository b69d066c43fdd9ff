// dotnet run -c Release --project benchmarks/BriefingKit.Benchmarks -- --filter '*'   (or a class: --filter '*Memo*')
// Each class carries BenchmarkConfig (in-process job, memory diagnoser, MB/s column).
// dotnet run -c Release --project benchmarks/BriefingKit.Benchmarks -- --stages DIR [--passes N]
// prints where parse time goes, stage by stage, on the files under DIR (StageTimes).
using System;
using System.Globalization;
using BenchmarkDotNet.Running;

if (args.Length >= 2 && args[0] == "--stages")
{
    var passes = args.Length >= 4 && args[2] == "--passes" ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
    return BriefingKit.Benchmarks.StageTimes.Run(args[1], passes);
}
BenchmarkSwitcher.FromAssembly(typeof(BriefingKit.Benchmarks.BenchmarkConfig).Assembly).Run(args);
return 0;
