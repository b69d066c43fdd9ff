// The arguments and options every command that reads transcripts shares (parse, memo, matrix):
// the inputs, --format, --max-size and the data files, and the pipeline they configure.
using System;
using System.CommandLine;
using System.IO;
using System.Threading.Tasks;
using BriefingKit.Cli.Options;

namespace BriefingKit.Cli.Commands;

internal sealed class InputOptions
{
    public InputOptions(string inputsDescription)
    {
        Inputs = new Argument<string[]>("inputs") { Description = inputsDescription + " '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        // The parser hands a word it does not know as an option to the inputs; a misspelt option must
        // stop the command (exit 2) rather than be read as a file while the output is written without it.
        Inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                    result.AddError($"unknown option '{token.Value}' (a file whose name starts with '-' can be given as ./{token.Value}).");
        });
    }

    public Argument<string[]> Inputs { get; }

    public Option<TranscriptFormat?> Format { get; } = SharedOptions.Format();

    public Option<long> MaxSize { get; } = SharedOptions.MaxSize();

    public Option<FileInfo> People { get; } = SharedOptions.DataFile("--people", "A people list (like templates/people.json) added to the built-in one.");

    public Option<FileInfo> Actors { get; } = SharedOptions.DataFile("--actors", "An actor list (like templates/actors.json) added to the built-in one.");

    public Option<FileInfo> Taxonomy { get; } = SharedOptions.DataFile("--taxonomy", "An issue taxonomy (like templates/taxonomy.json) merged over the built-in one.");

    /// <summary>Adds the inputs argument first and the shared options after the command's own.</summary>
    public void AddTo(Command command)
    {
        command.Arguments.Insert(0, Inputs);
        foreach (var option in new Option[] { Format, MaxSize, People, Actors, Taxonomy }) command.Options.Add(option);
    }

    /// <summary>The input names given on the command line.</summary>
    public string[] InputNames(ParseResult result) => result.GetValue(Inputs) ?? Array.Empty<string>();

    /// <summary>The loader for the inputs, with the user's --format and --max-size.</summary>
    public TranscriptLoader CreateLoader(ParseResult result, InputPipeline pipeline, TextWriter error) =>
        new(pipeline, result.GetValue(Format), result.GetValue(MaxSize), error);

    /// <summary>The pipeline with the user's data files, or null after reporting a bad data file on <paramref name="error"/>.</summary>
    /// <remarks>The full pipeline is built when an input needs it, or at once when data files are given, so a bad
    /// one is reported before any input is read.</remarks>
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
