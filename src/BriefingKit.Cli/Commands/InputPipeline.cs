// The pipelines a command reads its inputs with. Model JSON (what `briefingkit parse` wrote) is
// already analysed, so it is read with the JSON readers alone; the full pipeline, whose analyzers
// load the people, actors, taxonomy and word lists (most of a short run's time), is built only
// when an input needs analysing.
using System;
using System.IO;
using BriefingKit.Reading;

namespace BriefingKit.Cli.Commands;

internal sealed class InputPipeline
{
    private readonly Lazy<BriefingPipeline> _full;
    private readonly long _maxInputBytes;

    public InputPipeline(Func<BriefingPipeline> create, long maxInputBytes)
    {
        _full = new Lazy<BriefingPipeline>(create);
        _maxInputBytes = maxInputBytes;
        var builder = new BriefingPipelineBuilder();
        builder.Options.MaxInputBytes = maxInputBytes;
        ModelJson = builder.AddReader(new WhisperJsonReader()).AddReader(new AwsTranscribeJsonReader()).AddReader(new BriefingKitJsonReader()).Build();
    }

    /// <summary>Every reader and analyzer, built on first use.</summary>
    public BriefingPipeline Full => _full.Value;

    /// <summary>The JSON readers only, no analyzers: reads model JSON as it was saved.</summary>
    public BriefingPipeline ModelJson { get; }

    /// <summary>
    /// Whether <paramref name="input"/> is model JSON: the model reader scores it at least as high as a
    /// JSON reader of another tool (the full pipeline would choose it too: text readers do not claim JSON).
    /// </summary>
    public bool IsModelJson(TranscriptInput input)
    {
        var best = 0;
        ITranscriptReader? chosen = null;
        foreach (var reader in ModelJson.Readers)
        {
            var score = reader.Detect(input);
            if (score > best)
            {
                best = score;
                chosen = reader;
            }
        }
        return chosen is BriefingKitJsonReader;
    }

    /// <summary>Whether a file is worth checking for model JSON: a .json file within the size limit.</summary>
    public bool MayBeModelJson(string file) =>
        string.Equals(Path.GetExtension(file), ".json", StringComparison.OrdinalIgnoreCase)
        && new FileInfo(file) is { Exists: true } info && info.Length <= _maxInputBytes;
}
