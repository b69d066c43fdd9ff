using System.IO;

namespace BriefingKit.Cli.Commands;

internal static class Pipelines
{
    /// <summary>Every built-in reader and analyzer with the user's data files.</summary>
    /// <exception cref="TranscriptFormatException">A data file is not valid.</exception>
    public static BriefingPipeline Create(long maxInputBytes, FileInfo? people = null, FileInfo? actors = null, FileInfo? taxonomy = null)
    {
        var builder = BriefingPipelineBuilder.CreateDefault(options =>
        {
            options.MaxInputBytes = maxInputBytes;
            options.PeoplePath = people?.FullName;
            options.ActorsPath = actors?.FullName;
            options.TaxonomyPath = taxonomy?.FullName;
        });
        return builder.AddDocxReader().Build();
    }
}
