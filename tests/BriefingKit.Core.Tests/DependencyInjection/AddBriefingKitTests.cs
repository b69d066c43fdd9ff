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
    }
}
