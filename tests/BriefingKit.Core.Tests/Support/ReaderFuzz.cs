// Property test for readers: garbage and random mutations of valid files either read into a
// well-formed model or fail with TranscriptFormatException — never any other exception.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Json;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Support;

public static class ReaderFuzz
{
    // Characters that matter to caption syntax, plus some that should not reach a document.
    private const string Alphabet = "<>&;#/v.:,-> \n\n\r\t[]()0123456789WEBVTNOSPAKR_xX\u00A0\uFEFF\u200E\u00E9\u5CB8\u0001\uD800";

    public static IReadOnlyList<string> ExampleTexts(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Examples", folder))
            .Where(path => !path.EndsWith(".json", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();

    /// <summary>
    /// Runs <paramref name="iterations"/> garbage inputs and mutations of <paramref name="seeds"/>;
    /// returns how many were read (not refused), so a test can tell the property is not vacuous.
    /// </summary>
    public static int Run(ITranscriptReader reader, string extension, IReadOnlyList<string> seeds, int iterations, int seed)
    {
        var random = new Random(seed);
        var read = 0;
        for (var i = 0; i < iterations; i++)
        {
            var bytes = (i % 4) switch
            {
                0 => RandomBytes(random),
                1 => Encoding.UTF8.GetBytes(RandomText(random, random.Next(0, 400))),
                2 => MutateBytes(random, Encoding.UTF8.GetBytes(seeds[random.Next(seeds.Count)])),
                _ => Encoding.UTF8.GetBytes(Mutate(random, seeds[random.Next(seeds.Count)])),
            };
            if (Check(reader, new TranscriptInput(bytes, "fuzz" + extension), $"iteration {i} (seed {seed})")) read++;
        }
        return read;
    }

    private static bool Check(ITranscriptReader reader, TranscriptInput input, string context)
    {
        var score = reader.Detect(input);
        Assert.InRange(score, 0, 100);
        Transcript transcript;
        try
        {
            transcript = reader.Read(input, CancellationToken.None);
        }
        catch (TranscriptFormatException)
        {
            return false;
        }
        catch (Exception ex)
        {
            Assert.Fail($"{context}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            return false;
        }

        var lineCount = input.Text.Split('\n').Length;
        foreach (var turn in transcript.Turns)
        {
            Assert.False(string.IsNullOrWhiteSpace(turn.Text), context);
            Assert.InRange(turn.Line, 1, lineCount);
            Assert.True(turn.Speaker is null || transcript.Speakers.Any(s => s.Id == turn.Speaker), context);
            AssertXmlLegal(turn.Text, context);
        }
        foreach (var speaker in transcript.Speakers) AssertXmlLegal(speaker.Name, context);
        foreach (var note in transcript.Annotations) Assert.InRange(note.Line, 1, lineCount);
        foreach (var diagnostic in transcript.Diagnostics) Assert.InRange(diagnostic.Line, 1, lineCount);
        _ = TranscriptJson.Serialize(transcript);
        return true;
    }

    private static void AssertXmlLegal(string text, string context)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var legal = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            Assert.True(legal, $"{context}: U+{(int)c:X4} in \"{text}\"");
        }
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(0, 300)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string RandomText(Random random, int length)
    {
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++) builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        return builder.ToString();
    }

    private static byte[] MutateBytes(Random random, byte[] bytes)
    {
        for (var n = random.Next(1, 6); n > 0 && bytes.Length > 0; n--) bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        return bytes;
    }

    private static string Mutate(Random random, string text)
    {
        var lines = text.Split('\n').ToList();
        for (var n = random.Next(1, 8); n > 0; n--)
        {
            if (lines.Count == 0) lines.Add(string.Empty);
            var at = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0: lines.RemoveAt(at); break;
                case 1: lines.Insert(at, lines[random.Next(lines.Count)]); break;
                case 2: lines[at] = RandomText(random, random.Next(0, 40)); break;
                case 3:
                    var line = lines[at];
                    var cut = random.Next(line.Length + 1);
                    lines[at] = line.Substring(0, cut) + RandomText(random, random.Next(1, 6)) + line.Substring(cut);
                    break;
                case 4:
                    var other = random.Next(lines.Count);
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case 5: lines[at] = lines[at].Replace("-->", random.Next(2) == 0 ? "->" : "--> -->"); break;
                default: lines.RemoveRange(at, lines.Count - at); break;
            }
        }
        return string.Join(random.Next(3) == 0 ? "\r\n" : "\n", lines);
    }
}
