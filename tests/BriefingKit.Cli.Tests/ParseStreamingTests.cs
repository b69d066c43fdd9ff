// `parse` writes the JSON array item by item as the inputs are parsed (several at once), and the
// text is exactly what one serialisation of all the transcripts gives: the same bytes to a file
// and to standard output, inputs in order, bad inputs and duplicates reported in input order.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BriefingKit.Cli.Commands;
using BriefingKit.Json;
using BriefingKit.Tests.Support;

namespace BriefingKit.Cli.Tests;

public sealed class ParseStreamingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cli-stream-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// The corpus weeks' files as n00…, every fifth followed by a bad input (an empty file) and every seventh by an
    /// exact copy of itself (a duplicate); the good files, in order.
    /// </summary>
    private List<string> MakeFolder()
    {
        var good = new List<string>();
        var corpus = new[] { "week-2021-15", "week-2023-11" }.SelectMany(w => Directory.GetFiles(CorpusFiles.Path(w)).Order(StringComparer.Ordinal)).ToList();
        for (var i = 0; i < corpus.Count; i++)
        {
            var file = Path.Combine(_dir, $"n{i:D2}a{Path.GetExtension(corpus[i])}");
            File.Copy(corpus[i], file);
            good.Add(file);
            if (i % 5 == 0) File.WriteAllText(Path.Combine(_dir, $"n{i:D2}b.txt"), string.Empty);
            if (i % 7 == 0) File.Copy(corpus[i], Path.Combine(_dir, $"n{i:D2}c{Path.GetExtension(corpus[i])}"));
        }
        return good;
    }

    [Fact]
    public async Task Parse_ManyInputs_FileAndStandardOutput_AreOneSerialisationOfTheGoodInputsInOrder()
    {
        var good = MakeFolder();
        var output = Path.Combine(_dir, "..", Path.GetFileName(_dir) + "-out.json");
        try
        {
            var toFile = await CliRunner.RunAsync("parse", _dir, "-o", output);
            var toStdout = await CliRunner.RunAsync("parse", _dir);

            var pipeline = Pipelines.Create(50L << 20);
            var expected = TranscriptJson.Serialize(good.Select(f => pipeline.Parse(new BriefingKit.Reading.TranscriptInput(File.ReadAllBytes(f), f))).ToList()) + Environment.NewLine;
            Assert.Equal(1, toFile.Exit);
            Assert.Equal(Encoding.UTF8.GetBytes(expected), File.ReadAllBytes(output));
            Assert.Equal(expected, toStdout.Out);
            Assert.Equal(toFile.Err, toStdout.Err);

            // One line per bad input and per duplicate, in the order of the files.
            var lines = toFile.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var named = lines.Select(l => l.Substring("briefingkit: ".Length).Split(':')[0]).ToList();
            Assert.Equal(named.Order(StringComparer.Ordinal), named);
            Assert.Equal(Directory.GetFiles(_dir, "n*b.txt").Length, lines.Count(l => l.Contains("empty", StringComparison.Ordinal)));
            Assert.Equal(Directory.GetFiles(_dir, "n*c.*").Length, lines.Count(l => l.Contains("read once", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task Parse_OneInputAndOneMissing_IsAnArrayOfOne_OneInput_IsTheObject()
    {
        var file = Path.Combine(_dir, "one.md");
        File.Copy(CorpusFiles.Path(Path.Combine("week-2021-15", Directory.GetFiles(CorpusFiles.Path("week-2021-15")).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!)), file);
        var transcript = Pipelines.Create(50L << 20).Parse(new BriefingKit.Reading.TranscriptInput(File.ReadAllBytes(file), file));

        var withMissing = await CliRunner.RunAsync("parse", file, Path.Combine(_dir, "missing.md"));
        var alone = await CliRunner.RunAsync("parse", file);

        Assert.Equal(TranscriptJson.Serialize(new[] { transcript }) + Environment.NewLine, withMissing.Out);
        Assert.Equal(1, withMissing.Exit);
        Assert.Equal(TranscriptJson.Serialize(transcript) + Environment.NewLine, alone.Out);
        Assert.Equal(0, alone.Exit);
    }

    [Fact]
    public async Task Parse_NoInputReadable_WritesNoFile()
    {
        File.WriteAllText(Path.Combine(_dir, "empty.txt"), string.Empty);
        var output = Path.Combine(_dir, "out", "x.json");

        var run = await CliRunner.RunAsync("parse", Path.Combine(_dir, "empty.txt"), "-o", output);

        Assert.Equal(1, run.Exit);
        Assert.False(File.Exists(output));
    }
}
