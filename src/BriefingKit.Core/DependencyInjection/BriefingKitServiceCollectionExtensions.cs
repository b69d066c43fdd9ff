// DI registration for BriefingKit.Core. A thin layer: the core works without DI too
// (BriefingPipeline.Default, BriefingPipelineBuilder).
using System;
using System.Linq;
using BriefingKit;
using BriefingKit.Analysis;
using BriefingKit.Reading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers BriefingKit's reading and analysis pipeline.</summary>
public static class BriefingKitServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="BriefingPipeline"/> and <see cref="ITranscriptParser"/> with every
    /// built-in reader and analyzer, plus any <see cref="ITranscriptReader"/> or
    /// <see cref="ITranscriptAnalyzer"/> registered in the container (e.g. by <c>AddBriefingKitWord()</c>).
    /// Safe to call more than once: the first registration wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options (size limit, people list).</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddBriefingKit(this IServiceCollection services, Action<BriefingKitOptions>? configure = null)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        services.TryAddSingleton(provider =>
        {
            var builder = BriefingPipelineBuilder.CreateDefault(configure);
            foreach (var reader in provider.GetServices<ITranscriptReader>()) builder.AddReader(reader);
            foreach (var analyzer in provider.GetServices<ITranscriptAnalyzer>()) builder.AddAnalyzer(analyzer);
            return builder.Build();
        });
        services.TryAddSingleton<ITranscriptParser>(provider => provider.GetRequiredService<BriefingPipeline>());
        return services;
    }
}
