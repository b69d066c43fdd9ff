namespace BriefingKit.Cli.Commands;

internal static class Pipelines
{
    /// <summary>Every built-in reader and analyzer, plus the .docx reader.</summary>
    public static BriefingPipeline Create(long maxInputBytes)
    {
        var builder = BriefingPipelineBuilder.CreateDefault(options => options.MaxInputBytes = maxInputBytes);
        return builder.Build();
    }
}
