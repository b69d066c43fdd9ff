// The briefingkit command: build the command tree, parse, invoke.
using BriefingKit.Cli;

var streams = new CliStreams(System.Console.Out, System.Console.Error) { ErrorIsTerminal = !System.Console.IsErrorRedirected };
return await BriefingKitCli.RunAsync(args, streams).ConfigureAwait(false);
