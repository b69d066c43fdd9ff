using System;
using System.IO;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingKit.Tests.DependencyInjection;

public sealed class AddBriefingKitTests
{
    [Fact]
    public void AddBriefingKit_CalledTwice_OneSharedPipelineWithOptions()
    {
        var services = new ServiceCollection();
        services.AddBriefingKit(o => o.MaxInputBytes = 1234).AddBriefingKit();
        using var provider = services.BuildServiceProvider();

        var parser = provider.GetRequiredService<ITranscriptParser>();
        var pipeline = provider.GetRequiredService<BriefingPipeline>();

        Assert.Same(pipeline, parser);
        Assert.Equal(1234, pipeline.Options.MaxInputBytes);
        Assert.Single(services, d => d.ServiceType == typeof(ITranscriptParser));
        Assert.Single(services, d => d.ServiceType == typeof(BriefingPipeline));
    }

    [Fact]
    public void AddBriefingKit_BadDataFiles_ThrowsAtRegistrationListingEveryProblem()
    {
        using var folder = new TempFolder();
        var missingPeople = Path.Combine(folder.Path, "no-such-people.json");
        var badTaxonomy = folder.Write("taxonomy.json", "{ \"issues\": [ { \"keywords\": [] } ] }");
        var notJsonActors = folder.Write("actors.json", "actors: France, Germany");

        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddBriefingKit(o =>
        {
            o.PeoplePath = missingPeople;
            o.ActorsPath = notJsonActors;
            o.TaxonomyPath = badTaxonomy;
        }));

        Assert.Equal("configure", error.ParamName);
        Assert.StartsWith("BriefingKitOptions is not valid (3 problems)", error.Message, StringComparison.Ordinal);
        Assert.Contains("PeoplePath: " + missingPeople, error.Message, StringComparison.Ordinal);
        Assert.Contains("ActorsPath: " + notJsonActors, error.Message, StringComparison.Ordinal);
        Assert.Contains("TaxonomyPath: " + badTaxonomy, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBriefingKit_EmptyPath_IsAProblemNotTheBuiltInList()
    {
        var error = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddBriefingKit(o => o.PeoplePath = " "));

        Assert.Contains("PeoplePath is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 problem)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddBriefingKit_ValidPeopleFile_ConfiguresOnceAndThePipelineUsesIt()
    {
        using var folder = new TempFolder();
        var people = folder.Write("people.json", File.ReadAllText(TemplatesFile("people.json")));
        var calls = 0;

        var services = new ServiceCollection().AddBriefingKit(o => { calls++; o.PeoplePath = people; });
        Assert.Equal(1, calls);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(people, provider.GetRequiredService<BriefingPipeline>().Options.PeoplePath);
        Assert.Equal(1, calls);
    }

    [Fact]
    public void AddBriefingKit_SecondCall_DoesNotRunOrValidateItsConfigure()
    {
        var services = new ServiceCollection().AddBriefingKit();

        services.AddBriefingKit(_ => throw new InvalidOperationException("a later call's configure must not run"));

        Assert.Single(services, d => d.ServiceType == typeof(BriefingPipeline));
    }

    private static string TemplatesFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("templates/" + name + " not found above " + AppContext.BaseDirectory);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("bk-di-").FullName;

        public string Write(string name, string text)
        {
            var path = System.IO.Path.Combine(Path, name);
            File.WriteAllText(path, text);
            return path;
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
