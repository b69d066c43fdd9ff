// The briefingkit command: build the command tree, parse, invoke.
using BriefingKit.Cli;

return await BriefingKitCli.RunAsync(args, System.Console.Out, System.Console.Error).ConfigureAwait(false);
