// Runs briefingkit through the same entry point as the process, with captured output.
using System.IO;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Tests;

internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await BriefingKitCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
