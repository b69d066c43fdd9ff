// Model JSON given to parse, memo and matrix is validated on read: an array of empty objects or
// an item missing a required field is reported with the file and the line the item starts on
// (exit 1), and every other input, and every good item of the same array, is still used.
using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingKit.Cli.Tests;

public sealed class ModelJsonInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-model-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string Seed = CorpusFiles.Path("2017-04-19-us-russia-relations-in-spotlight.txt");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private const string Good = "{\"title\": \"Good\", \"date\": \"2021-04-15\", \"format\": \"speakerLabelled\",\n \"speakers\": [{\"id\": \"s1\", \"name\": \"Ned Price\"}],\n \"turns\": [{\"speaker\": \"s1\", \"text\": \"We urge Russia to pull back from the border of Ukraine.\"}]}";

    [Theory]
    [InlineData("memo", "m.docx")]
    [InlineData("matrix", "m.xlsx")]
    public async Task ArrayOfEmptyObjects_EachReportedWithItsLine_OtherInputsStillWritten(string command, string name)
    {
        var empty = Write("empty.json", "[\n{},\n{}\n]");
        var output = Path.Combine(_dir, name);

        var (exit, _, error) = await CliRunner.RunAsync(command, empty, Seed, "-o", output);

        Assert.Equal(1, exit);
        Assert.Contains($"{empty}:2: transcript 1 of the array: ", error, StringComparison.Ordinal);
        Assert.Contains($"{empty}:3: transcript 2 of the array: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        // Two lines for two bad items, not a warning per missing field.
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using OpenXmlPackage package = command == "memo" ? WordprocessingDocument.Open(output, false) : SpreadsheetDocument.Open(output, false);
        OpenXmlAssert.Valid(package);
    }

    [Fact]
    public async Task ArrayItemMissingARequiredField_NamesFileLineAndField_GoodItemsKept()
    {
        var week = Write("week.json", "[\n" + Good + ",\n{\"title\": \"Bad\", \"format\": \"speakerLabelled\",\n \"speakers\": [{\"id\": \"s1\"}],\n \"turns\": [{\"speaker\": \"s1\", \"text\": \"x\"}]}\n]");

        var (exit, output, error) = await CliRunner.RunAsync("parse", week);

        Assert.Equal(1, exit);
        Assert.Contains($"{week}:6: transcript 2 of the array: missing required field 'speakers[0].name'", error, StringComparison.Ordinal);
        var array = Assert.IsType<JsonArray>(JsonNode.Parse(output));
        Assert.Equal("Good", (string?)Assert.Single(array)!["title"]);
    }

    [Fact]
    public async Task SingleEmptyObject_CleanErrorExitOne()
    {
        var empty = Write("one.json", "{}");

        var (exit, output, error) = await CliRunner.RunAsync("memo", empty, "-o", Path.Combine(_dir, "m.docx"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"briefingkit: {empty}:1: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "m.docx")));
    }

    [Fact]
    public async Task EscapedControlCharacters_WarnedWithTheLine()
    {
        var file = Write("ctl.json", Good.Replace("pull back", "pull\\u0007 back", StringComparison.Ordinal));

        var (exit, output, error) = await CliRunner.RunAsync("parse", file);

        Assert.Equal(0, exit);
        Assert.Contains($"{file}:3: warning: removed 1 control character(s)", error, StringComparison.Ordinal);
        Assert.Contains("pull back", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoneSurrogate_RefusedWithTheLine()
    {
        var file = Write("sur.json", Good.Replace("pull back", "pull \\ud800 back", StringComparison.Ordinal));

        var (exit, _, error) = await CliRunner.RunAsync("parse", file, Seed);

        Assert.Equal(1, exit);
        Assert.Contains($"{file}:3: a string holds an invalid \\u escape", error, StringComparison.Ordinal);
    }
}
