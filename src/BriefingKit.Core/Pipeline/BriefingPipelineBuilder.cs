// Mutable set-up of readers and analyzers; Build() freezes it into a shareable pipeline.
using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Analysis;
using BriefingKit.Reading;

namespace BriefingKit;

/// <summary>
/// Assembles a <see cref="BriefingPipeline"/>: which readers detect and read inputs, and the
/// options. Start from <see cref="CreateDefault"/> for every built-in reader and analyzer.
/// </summary>
public sealed class BriefingPipelineBuilder
{
    /// <summary>The readers, in order of preference when two are equally confident.</summary>
    public List<ITranscriptReader> Readers { get; } = new();

    /// <summary>The analyzers, run in this order; each must come after the analyzers that provide what it requires.</summary>
    internal AnalyzerList Analyzers { get; } = new();

    /// <summary>Creates an empty builder with default options: no reader, no analyzer.</summary>
    public BriefingPipelineBuilder() : this(new BriefingKitOptions())
    {
    }

    private BriefingPipelineBuilder(BriefingKitOptions options) => Options = options;

    /// <summary>The options.</summary>
    public BriefingKitOptions Options { get; }

    /// <summary>Creates a builder with every built-in reader and analyzer.</summary>
    /// <param name="configure">Changes the options before the analyzers load their data.</param>
    /// <returns>The builder.</returns>
    public static BriefingPipelineBuilder CreateDefault(Action<BriefingKitOptions>? configure = null)
    {
        var options = new BriefingKitOptions();
        configure?.Invoke(options);
        return CreateDefaultWith(options);
    }

    /// <summary>Creates a builder with every built-in reader and analyzer on options already set (and, from DI, validated).</summary>
    internal static BriefingPipelineBuilder CreateDefaultWith(BriefingKitOptions options)
    {
        var builder = new BriefingPipelineBuilder(options);
        BuiltIns.AddReaders(builder.Readers);
        BuiltIns.AddAnalyzers(builder.Analyzers, builder.Options);
        return builder;
    }

    /// <summary>Adds a reader unless one of the same type is there already.</summary>
    /// <param name="reader">The reader.</param>
    /// <returns>This builder.</returns>
    public BriefingPipelineBuilder AddReader(ITranscriptReader reader)
    {
        if (reader is null) throw new ArgumentNullException(nameof(reader));
        if (!Readers.Any(r => r.GetType() == reader.GetType())) Readers.Add(reader);
        return this;
    }

    /// <summary>Adds an analyzer unless one of the same type is there already.</summary>
    /// <param name="analyzer">The analyzer.</param>
    /// <returns>This builder.</returns>
    internal BriefingPipelineBuilder AddAnalyzer(ITranscriptAnalyzer analyzer)
    {
        if (analyzer is null) throw new ArgumentNullException(nameof(analyzer));
        if (!Analyzers.Any(a => a.GetType() == analyzer.GetType())) Analyzers.Add(analyzer);
        return this;
    }

    /// <summary>Freezes the set-up into an immutable, thread-safe pipeline.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">
    /// An analyzer requires something no analyzer before it provides; the message lists every such problem.
    /// </exception>
    public BriefingPipeline Build()
    {
        var problems = Analyzers.OrderProblems();
        if (problems.Count > 0)
            throw new InvalidOperationException("The analyzers are in an order that cannot work:" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", problems));
        return new(Readers.ToArray(), Analyzers.ToArray(), Options.Clone());
    }
}
