// Transcripts for memo tests: the seed and the week from tests/corpus, parsed once per run,
// and helpers that write a memo into memory and read its paragraphs back.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Support;

internal static class MemoFixture
{
    public static string Corpus => CorpusFiles.Root;

    private static readonly Lazy<Task<Transcript>> SeedTask = new(() => ParseAsync(Path.Combine(Corpus, "2017-04-19-us-russia-relations-in-spotlight.txt")));
    private static readonly Lazy<Task<IReadOnlyList<Transcript>>> WeekTask = new(() => ParseFolderAsync("week-2021-15"));
    private static readonly Lazy<Task<IReadOnlyList<Transcript>>> Week2023Task = new(() => ParseFolderAsync("week-2023-11"));

    /// <summary>A corpus week by folder name (week-2021-15, week-2023-11), parsed once per run.</summary>
    public static Task<IReadOnlyList<Transcript>> WeekAsync(string folder) => folder switch
    {
        "week-2021-15" => WeekTask.Value,
        "week-2023-11" => Week2023Task.Value,
        _ => ParseFolderAsync(folder),
    };

    private static async Task<IReadOnlyList<Transcript>> ParseFolderAsync(string folder)
    {
        var list = new List<Transcript>();
        foreach (var file in Directory.GetFiles(Path.Combine(Corpus, folder), "*.md").OrderBy(f => f, StringComparer.Ordinal))
            list.Add(await ParseAsync(file));
        return list;
    }

    public static string RepoRoot => Path.GetDirectoryName(Path.GetDirectoryName(Corpus)!)!;

    public static Task<Transcript> SeedAsync() => SeedTask.Value;

    public static Task<IReadOnlyList<Transcript>> WeekAsync() => WeekTask.Value;

    public static async Task<Transcript> ParseAsync(string file)
    {
        using var stream = File.OpenRead(file);
        return await BriefingPipeline.Default.ParseAsync(stream, file);
    }

    public static async Task<Transcript> ParseTextAsync(string text, string name = "input.txt")
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        return await BriefingPipeline.Default.ParseAsync(stream, name);
    }

    public static async Task<byte[]> WriteAsync(IReadOnlyList<Transcript> transcripts, MemoOptions? options = null)
    {
        using var output = new MemoryStream();
        await new MemoWriter().WriteAsync(transcripts, output, options);
        return output.ToArray();
    }

    public static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static IReadOnlyList<(string? Style, string Text)> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Where(p => !p.Ancestors<Table>().Any()).Select(p => (StyleOf(p), p.InnerText)).ToList();

}
