// Walks Examples/<format>/: every input file with a sibling "<input>.expected.json" is
// parsed and its model JSON must contain everything the expected file states
// (see Support/JsonSubset). Adding a case is adding two files.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using BriefingKit.Json;
using BriefingKit.Tests.Support;

namespace BriefingKit.Tests.Reading;

public sealed class ExampleFileTests
{
    private static readonly string ExamplesRoot = Path.Combine(AppContext.BaseDirectory, "Examples");

    public static IEnumerable<object[]> Cases() =>
        Directory.EnumerateFiles(ExamplesRoot, "*.expected.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(ExamplesRoot, path))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(path => new object[] { path });

    [Theory]
    [MemberData(nameof(Cases))]
    public async System.Threading.Tasks.Task Example_ParsesToExpectedModel(string expectedFile)
    {
        var expectedPath = Path.Combine(ExamplesRoot, expectedFile);
        var inputPath = expectedPath.Substring(0, expectedPath.Length - ".expected.json".Length);
        Assert.True(File.Exists(inputPath), $"no input file {inputPath} beside {expectedFile}");

        using var stream = File.OpenRead(inputPath);
        var transcript = await BriefingPipeline.Default.ParseAsync(stream, Path.GetFileName(inputPath));
        var actual = JsonNode.Parse(TranscriptJson.Serialize(transcript));
        var expected = JsonNode.Parse(File.ReadAllText(expectedPath));

        var differences = JsonSubset.Differences(expected, actual);
        Assert.True(differences.Count == 0, string.Join(Environment.NewLine, differences));
    }
}
