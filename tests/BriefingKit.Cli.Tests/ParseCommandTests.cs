// briefingkit parse through the same entry point as the process (BriefingKitCli.RunAsync),
// with captured output: JSON shape, exit codes, and bad inputs not stopping good ones.
using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BriefingKit.Cli;

namespace BriefingKit.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Briefing = "MS. PSAKI:  Hi everyone.\n\nQ    Thanks, Jen.\n\nMS. PSAKI:  Sure.\n";

    [Fact]
    public async Task Parse_OneFile_PrintsOneObject()
    {
        var (exit, output, error) = await CliRunner.RunAsync("parse", Write("a.txt", Briefing));

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var json = Assert.IsType<JsonObject>(JsonNode.Parse(output));
        Assert.Equal("speakerLabelled", (string?)json["format"]);
        Assert.Equal(3, json["turns"]!.AsArray().Count);
    }

    [Fact]
    public async Task Parse_TwoFiles_PrintsArray()
    {
        var (exit, output, _) = await CliRunner.RunAsync("parse", Write("a.txt", Briefing), Write("b.txt", "A title\n\nA paragraph of prose.\n"));

        Assert.Equal(0, exit);
        var array = Assert.IsType<JsonArray>(JsonNode.Parse(output));
        Assert.Equal(2, array.Count);
        Assert.Equal("prose", (string?)array[1]!["format"]);
    }

    [Fact]
    public async Task Parse_TheArrayItPrinted_ReadsBackEveryTranscript()
    {
        var week = Path.Combine(_dir, "week.json");
        var (first, _, _) = await CliRunner.RunAsync("parse", Write("a.txt", Briefing), Write("b.txt", "A title\n\nA paragraph of prose.\n"), "-o", week);

        var (exit, output, error) = await CliRunner.RunAsync("parse", week);

        Assert.Equal(0, first);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        var array = Assert.IsType<JsonArray>(JsonNode.Parse(output));
        Assert.Equal(new[] { "speakerLabelled", "prose" }, array.Select(t => (string?)t!["format"]));
    }

    [Fact]
    public async Task Parse_BadFileAmongGood_ReportsItAndStillPrintsOthers()
    {
        var bad = Path.Combine(_dir, "bad.txt");
        File.WriteAllBytes(bad, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 1 });
        var good = Write("good.txt", Briefing);

        var (exit, output, error) = await CliRunner.RunAsync("parse", bad, good, Path.Combine(_dir, "missing.txt"));

        Assert.Equal(1, exit);
        Assert.Contains($"{bad}:1: binary data", error);
        Assert.Contains("missing.txt: no such file or folder", error);
        Assert.DoesNotContain("   at ", error); // no stack trace
        var array = Assert.IsType<JsonArray>(JsonNode.Parse(output));
        Assert.Single(array);
    }

    [Fact]
    public async Task Parse_EmptyFile_ExitOneWithReason()
    {
        var (exit, output, error) = await CliRunner.RunAsync("parse", Write("empty.txt", ""));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("empty.txt: the file is empty", error);
    }

    [Fact]
    public async Task Parse_Folder_ReadsTranscriptFilesInOrder()
    {
        Write("2.txt", Briefing);
        Write("1.md", "---\ntitle: One\ndate: 2021-04-13\n---\nA readout paragraph.\n");
        Write("notes.bin", "ignored");
        Write("README.md", "# About these transcripts\n\nThey come from the White House.\n");

        var (exit, output, _) = await CliRunner.RunAsync("parse", _dir);

        Assert.Equal(0, exit);
        var array = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(new[] { "One", "2" }, array.Select(t => (string?)t!["title"]).ToArray());
    }

    [Fact]
    public async Task Parse_FormatOption_OverridesDetection()
    {
        var (exit, output, _) = await CliRunner.RunAsync("parse", "--format", "prose", Write("a.txt", Briefing));

        Assert.Equal(0, exit);
        Assert.Equal("prose", (string?)JsonNode.Parse(output)!["format"]);
    }

    [Fact]
    public async Task Parse_MaxSize_RefusesLargerInputs()
    {
        var (exit, _, error) = await CliRunner.RunAsync("parse", "--max-size", "10", Write("a.txt", Briefing));

        Assert.Equal(1, exit);
        Assert.Contains("size limit", error);
    }

    [Fact]
    public async Task Parse_OutputOption_WritesFileAndNothingToStdout()
    {
        var target = Path.Combine(_dir, "out", "model.json");
        var (exit, output, _) = await CliRunner.RunAsync("parse", Write("a.txt", Briefing), "-o", target);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal("speakerLabelled", (string?)JsonNode.Parse(File.ReadAllText(target))!["format"]);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!)); // no temporary file left
    }

    [Fact]
    public async Task Parse_PeopleOption_AddsToTheBuiltInList()
    {
        var people = Write("people.json", """{ "people": [ { "name": "Dana Whitfield", "aliases": [], "roles": [ { "title": "Deputy Spokesperson", "affiliation": "United Kingdom" } ] } ] }""");
        var input = Write("2024-01-10-briefing.txt", "MS. WHITFIELD:  Good morning.\n\nQ    Thanks.\n\nMS. WHITFIELD:  Next.\n");

        var (exit, output, _) = await CliRunner.RunAsync("parse", input, "--people", people);

        Assert.Equal(0, exit);
        var speaker = JsonNode.Parse(output)!["speakers"]![0]!;
        Assert.Equal(("Dana Whitfield", "Deputy Spokesperson", "United Kingdom"), ((string?)speaker["name"], (string?)speaker["role"], (string?)speaker["affiliation"]));
    }

    [Fact]
    public async Task Parse_InvalidDataFile_ExitTwoNamingTheFile()
    {
        var taxonomy = Write("taxonomy.json", """{ "issues": [ { "id": "x" } ] }""");

        var (exit, output, error) = await CliRunner.RunAsync("parse", Write("a.txt", Briefing), "--taxonomy", taxonomy);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(taxonomy + ": not a valid taxonomy", error);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "--format", "pdf", "x.txt")]
    [InlineData("parse", "--max-size", "lots", "x.txt")]
    [InlineData("frobnicate")]
    public async Task Run_UsageError_ExitTwoWithMessage(params string[] args)
    {
        var (exit, output, error) = await CliRunner.RunAsync(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("briefingkit: ", error);
    }

    [Fact]
    public async Task Run_Help_ExitZeroAndListsParse()
    {
        var (exit, output, _) = await CliRunner.RunAsync("--help");

        Assert.Equal(0, exit);
        Assert.Contains("parse", output);
    }
}
