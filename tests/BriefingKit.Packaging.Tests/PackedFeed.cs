// Packs the solution once into a temporary local feed and prepares an isolated NuGet set-up
// around it: a package cache of its own (so the user's cache never holds a test-packed 0.1.0,
// and a stale one there is never used), and a nuget.config that takes BriefingKit packages only
// from the fresh feed and their dependencies from this machine's own sources.
using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Security;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace BriefingKit.Packaging.Tests;

public sealed class PackedFeed : IAsyncLifetime
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(4);

    public string RepositoryRoot { get; } = FindRepositoryRoot();

    public string Configuration { get; } = typeof(PackedFeed).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value ?? "Release";

    /// <summary>A temporary folder holding the feed, the package cache, the nuget.config and the projects the tests make.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("bk-packaging-").FullName;

    public string Feed => Path.Combine(Root, "feed");

    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>The version every package got, read from the packed BriefingKit.Core nuspec.</summary>
    public string Version { get; private set; } = "";

    public ProcessResult? Pack { get; private set; }

    /// <summary>What every dotnet child process gets: an isolated package cache, no telemetry, no lingering build nodes.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Path.Combine(Root, "nuget-packages"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        ["MSBUILDDISABLENODEREUSE"] = "1",
        // The tool's launcher finds the runtime here wherever the SDK is installed.
        ["DOTNET_ROOT"] = Path.GetDirectoryName(ProcessRunner.DotnetHost)!,
    };

    public string RepositoryFile(string relative) => Path.Combine(RepositoryRoot, relative);

    public XDocument Nuspec(string packageId)
    {
        using var package = ZipFile.OpenRead(Path.Combine(Feed, $"{packageId}.{Version}.nupkg"));
        using var stream = package.GetEntry(packageId + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }

    public IReadOnlyList<string> Entries(string packageId)
    {
        using var package = ZipFile.OpenRead(Path.Combine(Feed, $"{packageId}.{Version}.nupkg"));
        return package.Entries.Select(e => e.FullName).ToList();
    }

    public async Task InitializeAsync()
    {
        // -no-build: the packages hold exactly what this test run was built from (the test
        // project references the CLI, which references the libraries, so they are built).
        Pack = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost,
            ["pack", RepositoryFile("BriefingKit.sln"), "-c", Configuration, "--no-build", "-o", Feed],
            RepositoryRoot, Environment, PackTimeout);
        if (Pack.ExitCode != 0) throw new InvalidOperationException(Pack.Describe("dotnet pack"));

        var core = Directory.GetFiles(Feed, "BriefingKit.Core.*.nupkg").Single();
        using (var package = ZipFile.OpenRead(core))
        using (var stream = package.GetEntry("BriefingKit.Core.nuspec")!.Open())
            Version = XDocument.Load(stream).Descendants().Single(e => e.Name.LocalName == "version").Value;

        await File.WriteAllTextAsync(NuGetConfig, await NuGetConfigTextAsync());
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }

    // BriefingKit packages come from the fresh feed only (package source mapping), so neither a
    // stale copy in the machine's cache nor a same-named package on a remote feed can stand in.
    // Dependencies come from the machine's package cache (read as a local feed: fast, offline)
    // or from the sources this machine's NuGet configuration already has.
    private async Task<string> NuGetConfigTextAsync()
    {
        var sources = new List<(string Key, string Url)> { ("under-test", Feed) };
        var cache = await GlobalPackagesFolderAsync();
        if (cache is not null && Directory.Exists(cache)) sources.Add(("machine-cache", cache));
        var machine = await MachineSourcesAsync();
        sources.AddRange(machine.Select((url, i) => ($"machine-{i}", url)));

        string Xml(string text) => SecurityElement.Escape(text);
        var adds = sources.Select(s => $"    <add key=\"{s.Key}\" value=\"{Xml(s.Url)}\" />");
        var maps = sources.Skip(1).Select(s => $"    <packageSource key=\"{s.Key}\"><package pattern=\"*\" /></packageSource>");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {string.Join("\n", adds)}
              </packageSources>
              <packageSourceMapping>
                <packageSource key="under-test">
                  <package pattern="BriefingKit.*" />
                  <package pattern="briefingkit" />
                </packageSource>
            {string.Join("\n", maps)}
              </packageSourceMapping>
            </configuration>
            """;
    }

    private async Task<string?> GlobalPackagesFolderAsync()
    {
        var result = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost, ["nuget", "locals", "global-packages", "--list"], Root, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
        const string Prefix = "global-packages:";
        var line = result.Output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal));
        return line?.Substring(Prefix.Length).Trim();
    }

    // The enabled sources of the user's and the machine's NuGet configuration (run in the temporary
    // folder, so the repository's own nuget.config, with its relative local feed, is not among them).
    private async Task<IReadOnlyList<string>> MachineSourcesAsync()
    {
        var result = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost, ["nuget", "list", "source", "--format", "short"], Root, new Dictionary<string, string>(), TimeSpan.FromMinutes(1));
        return result.Output.Split('\n').Select(l => l.Trim())
            .Where(l => l.StartsWith("E ", StringComparison.Ordinal))
            .Select(l => l.Substring(2).Trim())
            .ToList();
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BriefingKit.sln"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("BriefingKit.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "Packed feed";
}
