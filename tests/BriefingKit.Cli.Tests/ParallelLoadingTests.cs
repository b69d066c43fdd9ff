// Inputs are parsed several at once, and whatever finishes first, everything the user sees comes
// in input order: the transcripts, each input's messages, which of two copies counts as the
// duplicate. A reader that takes longer over earlier inputs (so later ones finish first) and
// records how many parses run at once shows both.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Cli.Commands;
using BriefingKit.Cli.Inputs;
using BriefingKit.Reading;

namespace BriefingKit.Cli.Tests;

public sealed class ParallelLoadingTests : IDisposable
{
    private const int Inputs = 40;
    private readonly string _dir = Directory.CreateTempSubdirectory("bk-cli-parallel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// Input i (0-based) holds "i", or "bad i" every seventh (the reader refuses it), or the text of input i - 5
    /// every eleventh (a duplicate of an earlier input by text).
    /// </summary>
    private string[] MakeInputs()
    {
        var files = new string[Inputs];
        for (var i = 0; i < Inputs; i++)
        {
            var text = i % 11 == 10 ? Text(i - 5) : Text(i);
            files[i] = Path.Combine(_dir, $"{i:D3}.slow");
            File.WriteAllText(files[i], text);
        }
        return files;
    }

    private static string Text(int i) => i % 7 == 3 ? $"bad {i}" : $"spoken text {i}";

    /// <summary>What the user must see, worked out one input after another.</summary>
    private static (List<string> Sources, List<string> Messages) Expected(string[] files)
    {
        var sources = new List<string>();
        var messages = new List<string>();
        var firstOfText = new Dictionary<string, string>();
        for (var i = 0; i < files.Length; i++)
        {
            var text = File.ReadAllText(files[i]);
            if (text.StartsWith("bad", StringComparison.Ordinal))
            {
                messages.Add($"briefingkit: {files[i]}:1: refused: {text}");
                continue;
            }
            if (firstOfText.TryGetValue(text, out var first))
            {
                messages.Add(DuplicateInputs.Warning(files[i], first, sameFile: false));
                continue;
            }
            firstOfText[text] = files[i];
            messages.Add($"briefingkit: {files[i]}:1: warning: read {text}");
            sources.Add(files[i]);
        }
        return (sources, messages);
    }

    [Fact]
    public async Task ReadAsync_LaterInputsFinishFirst_HandsOutInInputOrder_WithMessagesInInputOrder()
    {
        var files = MakeInputs();
        var reader = new SlowReader(Inputs);
        using var error = new StringWriter();
        var loader = new TranscriptLoader(PipelineWith(reader), null, 50L << 20, error) { Parallelism = 3 };
        var tally = new LoadTally();

        var sources = new List<string>();
        await foreach (var transcript in loader.ReadAsync(InputFiles.Expand(files), tally))
        {
            sources.Add(transcript.Source!);
            reader.HandedOut = int.Parse(Path.GetFileNameWithoutExtension(transcript.Source!), System.Globalization.CultureInfo.InvariantCulture);
        }

        var (expectedSources, expectedMessages) = Expected(files);
        Assert.Equal(expectedSources, sources);
        Assert.Equal(expectedMessages, error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList());
        Assert.Equal((expectedSources.Count, Inputs - expectedSources.Count - 3, 3), (tally.Transcripts, tally.Failed, tally.Duplicates));
        // Parses overlapped (later ones finished before earlier ones), never more than asked for at once,
        // and never further ahead of the last input handed out than the window, the step being queued, the one being
        // handed out and the two inputs in a row here that are passed over (refused or duplicate).
        Assert.True(reader.MostAtOnce >= 2, $"at most {reader.MostAtOnce} parse(s) ran at once");
        Assert.True(reader.MostAtOnce <= 3, $"{reader.MostAtOnce} parses ran at once");
        Assert.True(reader.FinishedOutOfOrder, "no later input finished before an earlier one");
        Assert.True(reader.MostAhead <= loader.ReadAhead + 4, $"a parse started {reader.MostAhead} inputs ahead of the one handed out (window {loader.ReadAhead})");
    }

    [Fact]
    public async Task ReadAsync_Parallel_SameAsOneAtATime()
    {
        var files = MakeInputs();
        async Task<(List<string>, string)> Run(int parallelism)
        {
            using var error = new StringWriter();
            var loader = new TranscriptLoader(PipelineWith(new SlowReader(Inputs)), null, 50L << 20, error) { Parallelism = parallelism };
            var sources = new List<string>();
            await foreach (var transcript in loader.ReadAsync(InputFiles.Expand(files.Append(files[4]).Append("/no/such/input")), new LoadTally()))
                sources.Add(transcript.Source!);
            return (sources, error.ToString());
        }

        var one = await Run(1);
        var four = await Run(4);

        Assert.Equal(one.Item1, four.Item1);
        Assert.Equal(one.Item2, four.Item2);
        Assert.Contains("given twice", four.Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws_AndLeavesNoParseRunning()
    {
        var files = MakeInputs();
        var reader = new SlowReader(Inputs);
        using var error = new StringWriter();
        var loader = new TranscriptLoader(PipelineWith(reader), null, 50L << 20, error) { Parallelism = 2 };
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var transcript in loader.ReadAsync(InputFiles.Expand(files), new LoadTally(), cts.Token))
                cts.Cancel();
        });

        Assert.Equal(0, reader.Running);
    }

    [Fact]
    public async Task ReadAsync_CallerStopsEarly_ParsesAhead_AreStopped()
    {
        var files = MakeInputs();
        var reader = new SlowReader(Inputs);
        using var error = new StringWriter();
        var loader = new TranscriptLoader(PipelineWith(reader), null, 50L << 20, error) { Parallelism = 2 };

        await foreach (var transcript in loader.ReadAsync(InputFiles.Expand(files), new LoadTally()))
            break;

        Assert.Equal(0, reader.Running);
        Assert.True(reader.Started < Inputs, "every input was parsed although the caller stopped at the first");
    }

    private static InputPipeline PipelineWith(ITranscriptReader reader) =>
        new(() => new BriefingPipelineBuilder().AddReader(reader).Build(), 50L << 20);

    /// <summary>
    /// Reads "*.slow" files: input i of n takes (n - i) ms, so later inputs finish first; refuses "bad …" text;
    /// adds a warning on line 1 naming the text; counts parses running at once.
    /// </summary>
    private sealed class SlowReader(int inputs) : ITranscriptReader
    {
        private readonly object _gate = new();
        private int _lastFinished = -1;

        public int Running;
        public int Started;
        public int MostAtOnce;
        public int MostAhead;
        public int HandedOut;
        public bool FinishedOutOfOrder;

        public TranscriptFormat Format => TranscriptFormat.Prose;

        public int Detect(TranscriptInput input) => input.Extension == ".slow" ? 100 : 0;

        public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
        {
            var index = int.Parse(Path.GetFileNameWithoutExtension(input.FileName!), System.Globalization.CultureInfo.InvariantCulture);
            lock (_gate)
            {
                Started++;
                Running++;
                MostAtOnce = Math.Max(MostAtOnce, Running);
                MostAhead = Math.Max(MostAhead, index - HandedOut);
            }
            try
            {
                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(inputs - index));
                cancellationToken.ThrowIfCancellationRequested();
                var text = input.Text;
                if (text.StartsWith("bad", StringComparison.Ordinal)) throw new TranscriptFormatException(input.FileName, 1, "refused: " + text);
                return new Transcript
                {
                    Format = TranscriptFormat.Prose,
                    Turns = ValueList<Turn>.From(new[] { new Turn(text) { Line = 1 } }),
                    Diagnostics = ValueList<Diagnostic>.From(new[] { new Diagnostic(DiagnosticSeverity.Warning, 1, "read " + text) }),
                };
            }
            finally
            {
                lock (_gate)
                {
                    Running--;
                    if (index < _lastFinished) FinishedOutOfOrder = true;
                    _lastFinished = Math.Max(_lastFinished, index);
                }
            }
        }
    }
}

/// <summary>
/// A model array is split in chunks where it lies (the file is never held whole): the items and the lines they
/// start on are those of the whole-buffer split it replaced, however the chunks fall.
/// </summary>
public sealed class ModelArrayChunkTests
{
    public static TheoryData<string> Arrays => new()
    {
        "[{\"a\":1},{\"b\":[1,2,{\"c\":\"]}\"}]}]",
        "\uFEFF  \n\n[\n  {\"title\":\"x \\\" ] [ y\"},\n  {\"t\":2}\n]\n",
        new string(' ', 300) + "\n" + new string('\n', 40) + "[{\"a\":1}, /* a comment */ {\"b\":2}, 3, \"four\", [5]]",
        "// not an array\n[{\"a\":1},{\"b\":2}]",
        "[{\"a\":1}]",
        "[{\"a\":1},{\"b\":2}",
        "[{\"a\":1},{\"b\":2}] trailing",
        "{\"a\":1}",
        "[{\"long\":\"" + new string('x', 5000) + "\"},\n{\"b\":\"" + new string('y', 70) + "\"},\n{\"c\":3}]",
        "",
        "   ",
    };

    [Theory]
    [MemberData(nameof(Arrays))]
    public void Split_InChunks_SameItemsAndLinesAsTheWholeBuffer(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var expected = WholeBufferSplit(bytes);
        foreach (var chunk in new[] { 16, 17, 64, 1 << 16 })
        {
            using var stream = new MemoryStream(bytes);
            var items = ModelArray.Split(stream, chunk);
            Assert.Equal(expected, items?.ToList());
        }
    }

    /// <summary>The split as it was before inputs were streamed: one reader over the whole buffer, each item skipped.</summary>
    private static List<ArrayItem>? WholeBufferSplit(byte[] bytes)
    {
        if (!ModelArray.StartsAsArray(bytes)) return null;
        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        var items = new List<ArrayItem>();
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(bytes.AsSpan(start), new System.Text.Json.JsonReaderOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != System.Text.Json.JsonTokenType.StartArray) return null;
            var line = 1;
            var counted = 0;
            while (reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray)
            {
                var from = start + (int)reader.TokenStartIndex;
                reader.Skip();
                var to = start + (int)reader.BytesConsumed;
                for (; counted < from; counted++) if (bytes[counted] == (byte)'\n') line++;
                items.Add(new ArrayItem(from, to - from, line));
            }
            if (reader.TokenType != System.Text.Json.JsonTokenType.EndArray) return null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        return items.Count > 1 ? items : null;
    }
}
