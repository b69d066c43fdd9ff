// The briefingkit command: build the command tree, parse, invoke.
using System;
using BriefingKit.Cli;

// A memo is a short batch: a week's briefing allocates about 15 MB, and collecting during it only costs CPU,
// since what survives (the phrase tries, the Open XML SDK's metadata) is copied each time. No collection is
// made until 32 MB are allocated; a larger memo then collects as usual. Measured: 5 to 16 % less CPU for the
// memo; peak memory the same for one briefing, 10 MB more for two weeks (docs/performance.md). Only here, in
// the process's entry, not in BriefingKitCli: tests run commands in parallel inside one process.
if (args.Length > 0 && args[0] == "memo")
{
    try
    {
        GC.TryStartNoGCRegion(32L << 20);
    }
    catch (ArgumentOutOfRangeException)
    {
        // A runtime whose heap cannot promise that much: collect as usual.
    }
}
var streams = new CliStreams(System.Console.Out, System.Console.Error) { ErrorIsTerminal = !System.Console.IsErrorRedirected };
return await BriefingKitCli.RunAsync(args, streams).ConfigureAwait(false);
