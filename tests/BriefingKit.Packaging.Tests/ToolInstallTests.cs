// `dotnet tool install` of the packed tool into a temporary tool path, then the installed
// `briefingkit` run as a user would: its version, and a memo from a sample transcript.
using System;
using System.IO;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace BriefingKit.Packaging.Tests;

[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class ToolInstallTests(PackedFeed feed, ITestOutputHelper log)
{
    [Fact]
    public async Task ToolInstalledFromTheFeed_PrintsThePackageVersionAndWritesAValidMemo()
    {
        var toolPath = Path.Combine(feed.Root, "tools");
        var install = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost,
            ["tool", "install", "briefingkit", "--tool-path", toolPath, "--version", feed.Version, "--configfile", feed.NuGetConfig],
            feed.Root, feed.Environment, TimeSpan.FromMinutes(3));
        log.WriteLine($"tool install {install.Elapsed.TotalSeconds:0.0} s");
        Assert.True(install.ExitCode == 0, install.Describe("dotnet tool install"));

        var briefingkit = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "briefingkit.exe" : "briefingkit");
        var version = await ProcessRunner.RunAsync(briefingkit, ["--version"], feed.Root, feed.Environment, TimeSpan.FromMinutes(1));
        Assert.True(version.ExitCode == 0, version.Describe("briefingkit --version"));
        Assert.Equal(feed.Version, version.Output.Trim());

        var memo = Path.Combine(feed.Root, "tool-output", "memo.docx");
        var run = await ProcessRunner.RunAsync(briefingkit,
            ["memo", feed.RepositoryFile("samples/2021-04-16-biden-suga-press-conference.md"), "-o", memo],
            feed.Root, feed.Environment, TimeSpan.FromMinutes(2));
        log.WriteLine($"briefingkit memo {run.Elapsed.TotalSeconds:0.0} s");
        Assert.True(run.ExitCode == 0, run.Describe("briefingkit memo"));
        Assert.Contains("Suga", Documents.MemoText(memo), StringComparison.Ordinal);
    }
}
