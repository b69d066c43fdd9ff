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
    /// built-in reader and analyzer, plus any <see cref="ITranscriptReader"/> registered in the container
    /// (e.g. by <c>AddBriefingKitWord()</c>).
    /// The options are set and validated here, at start-up, not when the first transcript is parsed.
    /// Safe to call more than once: the first registration wins and later calls change nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the options (size limit, people list, actors, taxonomy).</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentException">
    /// The options <paramref name="configure"/> sets are not valid (e.g. a data file is missing or malformed);
    /// the message lists every problem, not only the first.
    /// </exception>
    public static IServiceCollection AddBriefingKit(this IServiceCollection services, Action<BriefingKitOptions>? configure = null)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        // Checked first so that a later call neither runs its configure nor fails on options that would be ignored.
        if (!services.Any(d => d.ServiceType == typeof(BriefingPipeline)))
        {
            var options = new BriefingKitOptions();
            configure?.Invoke(options);
            BriefingKitOptionsValidator.ThrowIfInvalid(options, nameof(configure));
            services.TryAddSingleton(provider =>
            {
                var builder = BriefingPipelineBuilder.CreateDefaultWith(options.Clone());
                foreach (var reader in provider.GetServices<ITranscriptReader>()) builder.AddReader(reader);
                foreach (var analyzer in provider.GetServices<ITranscriptAnalyzer>()) builder.AddAnalyzer(analyzer);
                return builder.Build();
            });
        }
        services.TryAddSingleton<ITranscriptParser>(provider => provider.GetRequiredService<BriefingPipeline>());
        return services;
    }
}
