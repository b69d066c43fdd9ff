// The arguments and options every command that reads transcripts shares (parse, memo, matrix):
// the inputs, --format, --max-size and the data files, and the pipeline they configure.
using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Commands;

internal sealed class InputOptions
{
    public InputOptions(string inputsDescription)
    {
        Inputs = new Argument<string[]>("inputs") { Description = inputsDescription, Arity = ArgumentArity.OneOrMore };
    }

    public Argument<string[]> Inputs { get; }

    public Option<TranscriptFormat?> Format { get; } = CommonOptions.Format();

    public Option<long> MaxSize { get; } = CommonOptions.MaxSize();

    public Option<FileInfo> People { get; } = CommonOptions.DataFile("--people", "A people list (like templates/people.json) added to the built-in one.");

    public Option<FileInfo> Actors { get; } = CommonOptions.DataFile("--actors", "An actor list (like templates/actors.json) added to the built-in one.");

    public Option<FileInfo> Taxonomy { get; } = CommonOptions.DataFile("--taxonomy", "An issue taxonomy (like templates/taxonomy.json) merged over the built-in one.");

    /// <summary>Adds the inputs argument first and the shared options after the command's own.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Insert(0, Inputs);
        foreach (var option in new Option[] { Format, MaxSize, People, Actors, Taxonomy }) command.Options.Add(option);
    }

    /// <summary>The input names given on the command line.</summary>
    public string[] InputNames(ParseResult result) => result.GetValue(Inputs) ?? Array.Empty<string>();

    /// <summary>
    /// The pipelines with the user's data files, or null after reporting a bad data file on <paramref name="error"/>.
    /// The full pipeline is built when an input needs it, or at once when data files are given, so a bad one is
    /// reported before any input is read.
    /// </summary>
    public async Task<InputPipeline?> TryCreatePipelineAsync(ParseResult result, TextWriter error)
    {
        try
        {
            var maxSize = result.GetValue(MaxSize);
            var (people, actors, taxonomy) = (result.GetValue(People), result.GetValue(Actors), result.GetValue(Taxonomy));
            var pipelines = new InputPipeline(() => Pipelines.Create(maxSize, people, actors, taxonomy), maxSize);
            if (people is not null || actors is not null || taxonomy is not null) _ = pipelines.Full;
            return pipelines;
        }
        catch (TranscriptFormatException ex)
        {
            await error.WriteLineAsync("briefingkit: " + ex.Message).ConfigureAwait(false);
            return null;
        }
    }
}
