// Seeded random mutations of real Whisper, AWS and BriefingKit JSON (text edits, byte flips
// and structural replacements of values): whatever the input, detection never throws and
// reading fails only with TranscriptFormatException. The seed is fixed so a failure repeats.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using BriefingKit.Json;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class JsonReaderFuzzTests
{
    private const int Iterations = 400;

    private static readonly ITranscriptReader[] Readers = { new WhisperJsonReader(), new AwsTranscribeJsonReader(), new BriefingKitJsonReader() };

    private static readonly string[] Snippets =
    {
        "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u00", "\\ud800", "\\u0001", "1e999", "-0", "null", "true", "\n", "\r\n",
        "\"segments\"", "\"items\"", "\"turns\": [", "\"speaker\": ", "\"start\": -1", "\u0000", "\u0007", "\uFFFF", "\uD800", "//", "/*",
        "\"format\": \"webVtt\"", "99999999999:00:00.000", "\"text\": 5",
    };

    private static readonly Func<JsonNode?>[] Values =
    {
        () => null, () => JsonValue.Create(true), () => JsonValue.Create(0), () => JsonValue.Create(-1), () => JsonValue.Create(1e300),
        () => JsonValue.Create(0.5), () => JsonValue.Create(string.Empty), () => JsonValue.Create("x"), () => JsonValue.Create("\u0001\u0002"),
        () => JsonValue.Create("12.5"), () => JsonValue.Create("-3"), () => JsonValue.Create("00:00:01.000"), () => JsonValue.Create("pressBriefing"),
        () => new JsonArray(), () => new JsonObject(), () => new JsonArray(1, 2), () => new JsonObject { ["text"] = 5 },
        () => new JsonObject { ["content"] = "," }, () => new JsonArray(new JsonObject()),
    };

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 4).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void JsonReaders_Read_MutatedInputOnlyThrowsFormatException(int seed)
    {
        var random = new Random(20240601 + seed);
        var corpus = Corpus();
        for (var i = 0; i < Iterations / 4; i++)
        {
            var original = corpus[random.Next(corpus.Count)];
            var bytes = random.Next(3) switch
            {
                0 => Encoding.UTF8.GetBytes(MutateText(original, random)),
                1 => MutateBytes(Encoding.UTF8.GetBytes(original), random),
                _ => Encoding.UTF8.GetBytes(MutateStructure(original, random)),
            };
            Check(bytes, seed, i);
        }
    }

    private static void Check(byte[] bytes, int seed, int iteration)
    {
        var input = new TranscriptInput(bytes, "fuzz.json");
        foreach (var reader in Readers)
        {
            var score = Record(() => reader.Detect(input));
            Assert.True(score.Error is null, Describe(seed, iteration, reader, "Detect", score.Error, bytes));
            var read = Record(() => reader.Read(input, CancellationToken.None));
            Assert.True(read.Error is null or TranscriptFormatException, Describe(seed, iteration, reader, "Read", read.Error, bytes));
            if (read.Error is TranscriptFormatException format) Assert.False(string.IsNullOrWhiteSpace(format.Reason));
            if (read.Value is { } transcript) _ = TranscriptJson.Serialize(transcript);
        }
        var parsed = Record(() => BriefingPipeline.Default.Parse(input));
        Assert.True(parsed.Error is null or TranscriptFormatException, Describe(seed, iteration, null, "Parse", parsed.Error, bytes));
    }

    private static (T? Value, Exception? Error) Record<T>(Func<T> action)
    {
        try
        {
            return (action(), null);
        }
#pragma warning disable CA1031 // The test is about which exceptions escape.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return (default, ex);
        }
    }

    private static string Describe(int seed, int iteration, ITranscriptReader? reader, string step, Exception? error, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return $"seed {seed} iteration {iteration}: {reader?.GetType().Name ?? "pipeline"}.{step} threw {error}\ninput: {(text.Length > 2000 ? text.Substring(0, 2000) + "…" : text)}";
    }

    private static List<string> Corpus()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Examples");
        var files = new[] { "whisperJson", "awsTranscribeJson", "briefingKitJson" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.json"))
            .Where(path => !path.EndsWith(".expected.json", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        files.Add(TranscriptJson.Serialize(BriefingKitJsonReaderTests.Rich()));
        return files;
    }

    private static string MutateText(string text, Random random)
    {
        var builder = new StringBuilder(text);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits && builder.Length > 0; e++)
        {
            var at = random.Next(builder.Length);
            switch (random.Next(5))
            {
                case 0:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + random.Next(20)));
                    break;
                case 1:
                    builder.Insert(at, Snippets[random.Next(Snippets.Length)]);
                    break;
                case 2:
                    builder.Length = at;
                    break;
                case 3:
                    var length = Math.Min(builder.Length - at, 1 + random.Next(200));
                    builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                    break;
                default:
                    builder[at] = (char)random.Next(0x20, 0x7F);
                    break;
            }
        }
        return builder.ToString();
    }

    private static byte[] MutateBytes(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        var flips = 1 + random.Next(8);
        for (var f = 0; f < flips && copy.Length > 0; f++) copy[random.Next(copy.Length)] = (byte)random.Next(256);
        return copy;
    }

    private static string MutateStructure(string json, Random random)
    {
        var root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        if (root is null) return json;
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var node = nodes[random.Next(nodes.Count)];
            if (node.Parent is null) continue;
            if (node.Parent is JsonObject parent && random.Next(3) == 0)
                parent.Remove(node.GetPropertyName());
            else
                node.ReplaceWith(Values[random.Next(Values.Length)]());
            nodes.Clear();
            Collect(root, nodes);
        }
        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        if (node is JsonObject obj)
            foreach (var property in obj) { if (property.Value is not null) Collect(property.Value, nodes); }
        else if (node is JsonArray array)
            foreach (var item in array) { if (item is not null) Collect(item, nodes); }
    }
}
