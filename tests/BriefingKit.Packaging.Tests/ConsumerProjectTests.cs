// A fresh console project, outside the repository, referencing the packed BriefingKit.Word and
// BriefingKit.Excel (Core comes as their dependency) from the local feed, compiling the README's
// sample (samples/UseFromCode/Program.cs) and running parse -> memo -> matrix through DI.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Xunit.Abstractions;

namespace BriefingKit.Packaging.Tests;

[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class ConsumerProjectTests(PackedFeed feed, ITestOutputHelper log)
{
    [Fact]
    public async Task FreshConsoleProject_FromThePackages_WritesAValidMemoAndMatrix()
    {
        var project = Directory.CreateDirectory(Path.Combine(feed.Root, "consumer")).FullName;
        // Empty Directory.Build.* files stop MSBuild from looking further up for a stray one.
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.props"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(project, "Directory.Build.targets"), "<Project />");
        await File.WriteAllTextAsync(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BriefingKit.Word" Version="{feed.Version}" />
                <PackageReference Include="BriefingKit.Excel" Version="{feed.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="{CentralVersion("Microsoft.Extensions.DependencyInjection")}" />
              </ItemGroup>
            </Project>
            """);
        File.Copy(feed.RepositoryFile("samples/UseFromCode/Program.cs"), Path.Combine(project, "Program.cs"));

        var build = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost,
            ["build", project, "-c", "Release", "-o", Path.Combine(project, "out"), "--disable-build-servers"],
            project, feed.Environment, TimeSpan.FromMinutes(5));
        log.WriteLine($"pack {feed.Pack!.Elapsed.TotalSeconds:0.0} s; restore + build of the consumer {build.Elapsed.TotalSeconds:0.0} s");
        Assert.True(build.ExitCode == 0, build.Describe("dotnet build of the consumer"));
        // Restored into the isolated cache from the fresh feed, not from anywhere else.
        Assert.True(Directory.Exists(Path.Combine(feed.Environment["NUGET_PACKAGES"], "briefingkit.core", feed.Version.ToLowerInvariant())), "BriefingKit.Core was not restored from the test feed");

        var output = Path.Combine(feed.Root, "consumer-output");
        var run = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost,
            [Path.Combine(project, "out", "Consumer.dll"), feed.RepositoryFile("samples/2021-04-16-biden-suga-press-conference.md"), output],
            project, feed.Environment, TimeSpan.FromMinutes(2));
        log.WriteLine($"parse -> memo -> matrix {run.Elapsed.TotalSeconds:0.0} s: {run.Output.Trim()}");
        Assert.True(run.ExitCode == 0, run.Describe("the consumer"));
        Assert.Contains("Suga", run.Output, StringComparison.Ordinal);

        Assert.Contains("Suga", Documents.MemoText(Path.Combine(output, "memo.docx")), StringComparison.Ordinal);
        Assert.Contains("Matrix", Documents.WorkbookSheets(Path.Combine(output, "matrix.xlsx")));
    }

    private string CentralVersion(string packageId) =>
        XDocument.Load(feed.RepositoryFile("Directory.Packages.props")).Descendants("PackageVersion")
            .Single(e => (string?)e.Attribute("Include") == packageId).Attribute("Version")!.Value;
}
