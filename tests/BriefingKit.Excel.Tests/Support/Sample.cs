// Transcripts for tests: hand-made ones whose net stances are known, and the real corpus.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Support;

namespace BriefingKit.Excel.Tests.Support;

internal static class Sample
{
    public static string Corpus => CorpusFiles.Root;

    public static async Task<IReadOnlyList<Transcript>> ParseAsync(params string[] relativePaths)
    {
        var files = relativePaths.SelectMany(p =>
        {
            var full = Path.Combine(Corpus, p);
            return Directory.Exists(full) ? Directory.GetFiles(full).OrderBy(f => f, StringComparer.Ordinal).ToArray() : new[] { full };
        });
        var list = new List<Transcript>();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            list.Add(await BriefingPipeline.Default.ParseAsync(stream, file));
        }
        return list;
    }

    public static Position P(string actor, string issue, Stance stance, int line, string? speaker = "s1", string? evidence = null) =>
        new(actor, issue, stance) { Speaker = speaker, Line = line, Evidence = evidence ?? $"{actor} {Stances.Word(stance)} on {issue} (line {line})." };

    /// <summary>A press conference on <paramref name="date"/> with the given positions, spoken by s1 (United States) and s2 (Russia).</summary>
    public static Transcript Event(string source, DateTime date, params Position[] positions) => new()
    {
        Title = "Press conference " + source,
        Date = date,
        Source = "in/" + source,
        Url = "https://example.gov/" + source,
        Kind = TranscriptKind.PressConference,
        Format = TranscriptFormat.SpeakerLabelled,
        Speakers = ValueList<Speaker>.From(new[]
        {
            new Speaker("s1", "Rex Tillerson") { Role = "Secretary of State", Affiliation = "United States", Kind = SpeakerKind.Official },
            new Speaker("s2", "Sergey Lavrov") { Role = "Foreign Minister", Affiliation = "Russia", Kind = SpeakerKind.Official },
        }),
        Turns = ValueList<Turn>.From(positions.Select(p => new Turn(p.Evidence ?? string.Empty) { Speaker = p.Speaker, Line = p.Line })),
        Issues = ValueList<IssueMention>.From(positions.Select(p => p.Issue).Distinct().Select(i => new IssueMention(i, i == "ukraine" ? "Ukraine" : i == "syria" ? "Syria" : i) { Mentions = 2 })),
        Positions = ValueList<Position>.From(positions),
        Commitments = ValueList<Commitment>.From(new[] { new Commitment(ValueList<string>.From(new[] { "United States", "Russia" }), "establish a working group") { Issue = positions.FirstOrDefault()?.Issue, Line = 1 } }),
    };

    public static async Task<byte[]> WriteAsync(IReadOnlyList<Transcript> transcripts, MatrixOptions? options = null)
    {
        using var output = new MemoryStream();
        await new IssueMatrixWriter().WriteAsync(transcripts, output, options);
        return output.ToArray();
    }

    public static async Task<byte[]> UpdateAsync(byte[] old, IReadOnlyList<Transcript> transcripts, MatrixOptions? options = null)
    {
        using var input = new MemoryStream(old);
        using var output = new MemoryStream();
        await new IssueMatrixWriter().UpdateAsync(input, transcripts, output, options);
        return output.ToArray();
    }
}
