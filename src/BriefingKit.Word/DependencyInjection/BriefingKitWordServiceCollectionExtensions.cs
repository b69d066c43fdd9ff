// DI registration for BriefingKit.Word: the memo writer and the .docx transcript reader.
using System;
using BriefingKit;
using BriefingKit.Reading;
using BriefingKit.Word;
using BriefingKit.Word.Reading.Docx;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers BriefingKit.Word's services.</summary>
public static class BriefingKitWordServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMemoWriter"/> (<see cref="MemoWriters.Default"/>, singleton) and adds the
    /// .docx transcript reader to the <see cref="ITranscriptReader"/>s that <c>AddBriefingKit()</c>
    /// builds its pipeline from. Safe to call more than once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddBriefingKitWord(this IServiceCollection services)
    {
        if (services is null) throw new ArgumentNullException(nameof(services));
        services.TryAddSingleton<IMemoWriter>(MemoWriter.Default);
        // A factory, not the type: the reader's other constructor takes every ITranscriptReader,
        // itself included. It gets the built-in text readers for Word files that are not Teams exports.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ITranscriptReader, DocxTranscriptReader>(
            _ => new DocxTranscriptReader(BriefingPipelineBuilder.CreateDefault().Readers.ToArray())));
        return services;
    }
}
