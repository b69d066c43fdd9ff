// What is inside the packages: both library frameworks with XML docs, README, licence expression,
// repository metadata, one version everywhere, the tool's command, and byte-identical repacks.
using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Threading.Tasks;
using System.Xml.Linq;

namespace BriefingKit.Packaging.Tests;

[Collection(PackedFeedCollection.Name)]
[Trait("Category", "Packaging")]
public sealed class PackageContentsTests(PackedFeed feed)
{
    [Theory]
    [InlineData("BriefingKit.Core")]
    [InlineData("BriefingKit.Word")]
    [InlineData("BriefingKit.Excel")]
    public void Library_HasBothFrameworksWithDocsReadmeLicenceAndRepository(string id)
    {
        var entries = feed.Entries(id);
        foreach (var framework in new[] { "netstandard2.0", "net8.0" })
        {
            Assert.Contains($"lib/{framework}/{id}.dll", entries);
            Assert.Contains($"lib/{framework}/{id}.xml", entries);
        }
        Assert.Contains("README.md", entries);

        var nuspec = feed.Nuspec(id);
        Assert.Equal(feed.Version, Element(nuspec, "version").Value);
        Assert.Equal("MIT", Element(nuspec, "license").Value);
        Assert.Equal("expression", (string?)Element(nuspec, "license").Attribute("type"));
        Assert.Equal("README.md", Element(nuspec, "readme").Value);
        Assert.StartsWith("https://", (string?)Element(nuspec, "repository").Attribute("url"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description").Value));
    }

    [Theory]
    [InlineData("BriefingKit.Word")]
    [InlineData("BriefingKit.Excel")]
    public void Adapter_DependsOnCoreOfTheSameVersion(string id)
    {
        var dependencies = feed.Nuspec(id).Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "BriefingKit.Core").ToList();

        Assert.Equal(2, dependencies.Count);   // one per target framework
        Assert.All(dependencies, d => Assert.Equal(feed.Version, (string?)d.Attribute("version")));
    }

    [Fact]
    public void Tool_IsADotnetToolNamedBriefingkitWithTheSameVersion()
    {
        var nuspec = feed.Nuspec("briefingkit");
        Assert.Equal(feed.Version, Element(nuspec, "version").Value);
        Assert.Equal("DotnetTool", (string?)Element(nuspec, "packageType").Attribute("name"));
        Assert.Contains("README.md", feed.Entries("briefingkit"));

        var settings = feed.Entries("briefingkit").Single(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal));
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed.Feed, $"briefingkit.{feed.Version}.nupkg"));
        using var stream = package.GetEntry(settings)!.Open();
        var command = XDocument.Load(stream).Descendants("Command").Single();
        Assert.Equal("briefingkit", (string?)command.Attribute("Name"));
    }

    [Fact]
    public async Task Pack_Twice_GivesByteIdenticalPackages()
    {
        var again = Path.Combine(feed.Root, "feed-again");
        var result = await ProcessRunner.RunAsync(ProcessRunner.DotnetHost,
            ["pack", feed.RepositoryFile("BriefingKit.sln"), "-c", feed.Configuration, "--no-build", "-o", again],
            feed.RepositoryRoot, feed.Environment, TimeSpan.FromMinutes(4));
        Assert.True(result.ExitCode == 0, result.Describe("dotnet pack"));

        var first = Directory.GetFiles(feed.Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first, Directory.GetFiles(again, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(4, first.Count);
        foreach (var name in first)
            Assert.True(Hash(Path.Combine(feed.Feed, name!)) == Hash(Path.Combine(again, name!)), name + " differs between two packs of the same build");
    }

    private static XElement Element(XDocument nuspec, string name) => nuspec.Descendants().First(e => e.Name.LocalName == name);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
