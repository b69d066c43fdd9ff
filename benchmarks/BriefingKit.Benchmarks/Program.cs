// dotnet run -c Release --project benchmarks/BriefingKit.Benchmarks -- --filter '*'   (or a class: --filter '*Memo*')
// Each class carries BenchmarkConfig (in-process job, memory diagnoser, MB/s column).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(BriefingKit.Benchmarks.BenchmarkConfig).Assembly).Run(args);
