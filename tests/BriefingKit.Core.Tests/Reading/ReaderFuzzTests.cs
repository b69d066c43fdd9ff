// Seeded fuzzing of the text readers (SPEC §3, §9): random text built from the pieces transcripts are made
// of, and random mutations of the example files, read through the public entry points. Whatever the input,
// the only exception that may escape is TranscriptFormatException, and what is read must be consistent
// (lines inside the input, speakers that exist) and serialisable. A failure names the seed and case so it
// can be replayed.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using BriefingKit.Json;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading;

public sealed class ReaderFuzzTests
{
    private const int Seed = 20210415;
    private const int RandomTextCases = 300;
    private const int MutationCases = 400;

    private static readonly string ExamplesRoot = Path.Combine(AppContext.BaseDirectory, "Examples");

    private static readonly TranscriptFormat?[] Formats =
    {
        null, TranscriptFormat.SpeakerLabelled, TranscriptFormat.Markdown, TranscriptFormat.Prose,
    };

    // The pieces transcripts are made of, and the characters that trip parsers.
    private static readonly string[] Pieces =
    {
        "MS. PSAKI:", "MS. PSAKI:\u00A0 ", "Q    ", "Q", "QUESTION:", "MR PRICE:", "SECRETARY McDONOUGH:", "PRESIDENT YOON:  (As interpreted.)",
        "THE PRESIDENT:", "MODERATOR:", "Mr. Nebenzia (Russian Federation) (spoke in Russian):", "The President:", "Ms. DiCarlo:",
        "    Senator Reed. ", "    The Chairman. ", "Ned Price: (00:00)", "Ned Price (00:12):", "Emma  2:20", "Speaker 1  1:02:03",
        "(Laughter.)", "(inaudible)", "[crosstalk]", "[in Syria]", "[Whereupon, at 11:52 a.m., the hearing was", "adjourned.]", "(", ")", "[", "]",
        "###", "# # #", "---", "...", "12:52 P.M. EDT", "END 1:40 P.M. EDT", "2:30 p.m.", "The meeting rose at 1.15 p.m.",
        "title: \"", "date: '2021-04-15'", "tags:", "- ", "\\", "\\_", "\\[", "**", "__", "*", "_", "[text](", "](https://x.com/1)", "<s>", "</s>", "<!--", "-->",
        "&nbsp;", "&amp;", "&#x", "• ", "1. ", "## ", "> ", "Apr 19, 2017", "Tuesday, 5 April 2022, 10 a.m.", "Transcribed by https://otter.ai",
        "Under-Secretary-", "COVID-", "\u2014", "\u201C", "\u201D", "\u2019", "\u00A0", "\u200B", "\uFEFF", "\t", " ", "  ", "    ", ":", ".", "?", "!",
        "\n", "\n", "\n", "\n\n", "\r\n", "\r", "\f", "\u0001", "\u0085", "\u2028", "\uD83D\uDE00", "\uD800", "\uDC00", "\uFFFE",
        "Good afternoon.", "the United States and Russia", "Secretary Tillerson said", "Lavrov", "of", "de la", "Jr.", "U.S.",
    };

    [Fact]
    public void ParseText_RandomTranscriptLikeText_OnlyFormatErrorsEscape()
    {
        var random = new Random(Seed);
        var failures = new List<string>();
        for (var i = 0; i < RandomTextCases; i++)
        {
            var text = RandomText(random);
            var name = random.Next(4) switch { 0 => null, 1 => "fuzz.txt", 2 => "fuzz.md", _ => "2021-04-15-fuzz.txt" };
            var format = Formats[random.Next(Formats.Length)];
            Check(failures, $"random text #{i} (seed {Seed}, format {format?.ToString() ?? "detected"})", text,
                () => BriefingPipeline.Default.ParseText(text, name, format), text.Split('\n').Length + text.Count(c => c == '\r'));
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    [Fact]
    public void Parse_MutatedExampleFiles_OnlyFormatErrorsEscape()
    {
        var examples = Directory.EnumerateFiles(ExamplesRoot, "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".expected.json", StringComparison.Ordinal) && !p.EndsWith(".gitattributes", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(examples);

        var random = new Random(Seed);
        var failures = new List<string>();
        for (var i = 0; i < MutationCases; i++)
        {
            var path = examples[random.Next(examples.Length)];
            var bytes = File.ReadAllBytes(path);
            var mutations = new List<string>();
            var count = 1 + random.Next(4);
            for (var m = 0; m < count; m++) bytes = Mutate(random, bytes, mutations);
            var name = Path.GetFileName(path);
            var format = Formats[random.Next(Formats.Length)];
            var description = $"mutation #{i} (seed {Seed}) of {name}: {string.Join(", ", mutations)}; format {format?.ToString() ?? "detected"}";
            var lines = 1 + bytes.Count(b => b == (byte)'\n') + bytes.Count(b => b == (byte)'\r');
            // Read as BriefingKit's own JSON (detected), a transcript keeps the lines of the document it was first read from (the reader
            // gives back an equal transcript), so they need not lie inside the JSON file itself.
            if (format is null && path.Contains(Path.DirectorySeparatorChar + "briefingKitJson" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) lines = int.MaxValue - 1;
            Check(failures, description, Preview(bytes), () => BriefingPipeline.Default.Parse(new TranscriptInput(bytes, name), format), lines);
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("stars", 40000)]
    [InlineData("underscores", 40000)]
    [InlineData("brackets", 40000)]
    [InlineData("parentheses", 40000)]
    [InlineData("labels", 20000)]
    [InlineData("escapes", 40000)]
    [InlineData("links", 40000)]
    [InlineData("struck", 40000)]
    [InlineData("comments", 40000)]
    [InlineData("colons", 40000)]
    public void ParseText_PathologicalRepetition_OnlyFormatErrorsEscape(string kind, int repeat)
    {
        var unit = kind switch
        {
            "stars" => "**a",
            "underscores" => "__a",
            "comments" => "<!-- a ",
            "brackets" => "[",
            "parentheses" => "(a ",
            "labels" => "MS. PSAKI:  Q    ",
            "escapes" => "\\",
            "links" => "[a](b ",
            "struck" => "<s>a ",
            _ => "A: ",
        };
        var text = string.Concat(Enumerable.Repeat(unit, repeat));
        var failures = new List<string>();
        foreach (var format in Formats)
        {
            Check(failures, $"{kind} x{repeat} on one line, format {format?.ToString() ?? "detected"}", text, () => BriefingPipeline.Default.ParseText(text, "p.md", format), 1);
            var lines = string.Join("\n", Enumerable.Repeat(unit, repeat));
            Check(failures, $"{kind} x{repeat} on lines, format {format?.ToString() ?? "detected"}", lines, () => BriefingPipeline.Default.ParseText(lines, "p.md", format), repeat);
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, failures));
    }

    [Fact]
    public void Parse_PatternRunsOutOfTime_IsAFormatErrorNamingTheFile()
    {
        var pipeline = new BriefingPipelineBuilder().AddReader(new TimingOutReader()).Build();

        var error = Assert.Throws<TranscriptFormatException>(() => pipeline.ParseText("MS. PSAKI:  Hi.", "slow.txt"));

        Assert.Equal("slow.txt", error.FileName);
        Assert.IsType<System.Text.RegularExpressions.RegexMatchTimeoutException>(error.InnerException);
    }

    private sealed class TimingOutReader : ITranscriptReader
    {
        public TranscriptFormat Format => TranscriptFormat.SpeakerLabelled;

        public int Detect(TranscriptInput input) => 100;

        public Transcript Read(TranscriptInput input, System.Threading.CancellationToken cancellationToken) =>
            throw new System.Text.RegularExpressions.RegexMatchTimeoutException("MS. PSAKI", "(a+)+$", TimeSpan.FromSeconds(1));
    }

    private static void Check(List<string> failures, string description, string input, Func<Transcript> parse, int lineCount)
    {
        Transcript transcript;
        try
        {
            transcript = parse();
        }
        catch (TranscriptFormatException)
        {
            return;
        }
        catch (Exception ex)
        {
            failures.Add($"{description}: {ex.GetType().Name}: {ex.Message}\n  input: {Show(input)}\n{ex.StackTrace}");
            return;
        }

        try
        {
            _ = TranscriptJson.Serialize(transcript);
        }
        catch (Exception ex)
        {
            failures.Add($"{description}: the model does not serialise: {ex.GetType().Name}: {ex.Message}\n  input: {Show(input)}");
            return;
        }

        var problems = Inconsistencies(transcript, lineCount).ToList();
        if (problems.Count > 0) failures.Add($"{description}: {string.Join("; ", problems)}\n  input: {Show(input)}");
    }

    private static IEnumerable<string> Inconsistencies(Transcript transcript, int lineCount)
    {
        var ids = new HashSet<string>(transcript.Speakers.Select(s => s.Id));
        if (ids.Count != transcript.Speakers.Count) yield return "speaker ids are not unique";
        foreach (var turn in transcript.Turns)
        {
            if (turn.Line < 1 || turn.Line > lineCount) yield return $"turn line {turn.Line} outside 1..{lineCount}";
            if (turn.Speaker is not null && !ids.Contains(turn.Speaker)) yield return $"turn names unknown speaker {turn.Speaker}";
            if (turn.Text.Length == 0) yield return $"empty turn on line {turn.Line}";
            if (turn.Text != turn.Text.Trim()) yield return $"turn text on line {turn.Line} is not trimmed";
        }
        foreach (var annotation in transcript.Annotations)
            if (annotation.Line < 1 || annotation.Line > lineCount) yield return $"annotation line {annotation.Line} outside 1..{lineCount}";
        foreach (var diagnostic in transcript.Diagnostics)
            if (diagnostic.Line < 0 || diagnostic.Line > lineCount) yield return $"diagnostic line {diagnostic.Line} outside 0..{lineCount}";
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(1, 120);
        for (var i = 0; i < pieces; i++)
        {
            switch (random.Next(10))
            {
                case 0:
                    builder.Append((char)random.Next(0x20, 0x7F));
                    break;
                case 1:
                    builder.Append((char)random.Next(0, 0x3000));
                    break;
                case 2:
                    builder.Append(' ', random.Next(1, 80)).Append(new string('x', random.Next(1, 80)));
                    break;
                default:
                    builder.Append(Pieces[random.Next(Pieces.Length)]);
                    break;
            }
        }
        return builder.ToString();
    }

    private static byte[] Mutate(Random random, byte[] bytes, List<string> log)
    {
        if (bytes.Length == 0)
        {
            log.Add("insert into empty");
            return Encoding.UTF8.GetBytes(Pieces[random.Next(Pieces.Length)]);
        }
        var list = bytes.ToList();
        var at = random.Next(bytes.Length);
        var length = Math.Min(bytes.Length - at, 1 + random.Next(200));
        switch (random.Next(12))
        {
            case 0:
                log.Add($"delete {length} at {at}");
                list.RemoveRange(at, length);
                break;
            case 1:
                log.Add($"duplicate {length} at {at}");
                list.InsertRange(at, bytes.Skip(at).Take(length));
                break;
            case 2:
                var piece = Pieces[random.Next(Pieces.Length)];
                log.Add($"insert {Show(piece)} at {at}");
                list.InsertRange(at, Encoding.UTF8.GetBytes(piece));
                break;
            case 3:
                log.Add($"truncate at {at}");
                list.RemoveRange(at, bytes.Length - at);
                break;
            case 4:
                var value = (byte)random.Next(256);
                log.Add($"set byte {at} to 0x{value:X2}");
                list[at] = value;
                break;
            case 5:
                log.Add("swap two lines");
                return SwapLines(random, bytes);
            case 6:
                log.Add("line ends to CRLF");
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace("\n", "\r\n"));
            case 7:
                log.Add("line ends to CR");
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace("\n", "\r"));
            case 8:
                log.Add("all on one line");
                return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\r", " ").Replace("\n", " "));
            case 9:
                log.Add("as UTF-16 with BOM");
                return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))).ToArray();
            case 10:
                log.Add("front matter opened");
                list.InsertRange(0, Encoding.UTF8.GetBytes("---\ntitle: \"x\\\n"));
                break;
            default:
                log.Add("repeat three times");
                return bytes.Concat(bytes).Concat(bytes).ToArray();
        }
        return list.ToArray();
    }

    private static byte[] SwapLines(Random random, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        if (lines.Length < 2) return bytes;
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return Encoding.UTF8.GetBytes(string.Join("\n", lines));
    }

    private static string Preview(byte[] bytes) => Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 400));

    private static string Show(string text)
    {
        var shown = text.Length > 300 ? text.Substring(0, 300) + "…" : text;
        var builder = new StringBuilder("\"");
        foreach (var c in shown)
        {
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c) || c == '\uFEFF') builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.Append('"').ToString();
    }
}
