// Adds the .docx reader to a pipeline; lives in BriefingKit.Word so Core stays free of Office.
using System;
using System.Linq;
using BriefingKit.Word.Reading.Docx;

namespace BriefingKit;

/// <summary>Adds BriefingKit.Word's readers to a <see cref="BriefingPipelineBuilder"/>.</summary>
public static class DocxPipelineExtensions
{
    /// <summary>
    /// Adds the .docx transcript reader (Teams exports, tables, speaker-labelled Word files), which hands documents that are not Teams exports to
    /// the readers already in <paramref name="builder"/> (so call it after adding custom text
    /// readers). Adding it twice is harmless.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    public static BriefingPipelineBuilder AddDocxReader(this BriefingPipelineBuilder builder)
    {
        if (builder is null) throw new ArgumentNullException(nameof(builder));
        if (builder.Readers.Any(r => r is DocxTranscriptReader)) return builder;
        return builder.AddReader(new DocxTranscriptReader(builder.Readers.ToArray()));
    }
}
