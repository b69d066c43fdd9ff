// Markdown with YAML front matter (SPEC §3): the front matter gives title, date, source
// URL and tags; the body is read as speaker-labelled text or as prose.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using BriefingKit.Reading.Markdown.Internal;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads Markdown, with or without YAML front matter. Markdown syntax is removed (escapes such
/// as <c>\_</c> and <c>\#</c>, emphasis, links, trailing two-space breaks), then the body is
/// read as speaker-labelled text when it has speaker labels, else as prose.
/// </summary>
internal sealed class MarkdownReader : ITranscriptReader
{
    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.Markdown;

    /// <inheritdoc />
    public int Detect(TranscriptInput input)
    {
        if (input is null || !input.IsText) return 0;
        var head = input.Head(2048);
        var lines = TextLines.Split(head);
        if (FrontMatter.StartsWithFrontMatter(lines) && lines.Skip(1).Take(40).Any(l => l.IndexOf(':') > 0)) return 95;
        return input.Extension is ".md" or ".markdown" ? 60 : 0;
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        var lines = (string[])input.Lines.Clone(); // the front matter is blanked below
        var warnings = new List<Diagnostic>();
        FrontMatter? front = null;
        if (FrontMatter.StartsWithFrontMatter(lines))
        {
            front = FrontMatter.Parse(lines, warnings);
            for (var i = 0; i < front.BodyStartIndex; i++) lines[i] = string.Empty;
        }

        var body = TextLines.Split(MarkdownText.ToPlainText(string.Join("\n", lines), out var headings));
        var draft = new TranscriptDraft();
        draft.Diagnostics.AddRange(warnings);
        if (front is not null)
        {
            var title = front.Get("title");
            if (title is not null) draft.Title = TextLines.Normalize(title);
            draft.Date = Datelines.Find(front.Get("date", "published", "published_time", "created"));
        }

        // Wrapping is judged on the lines as written: removing link targets shortens them.
        var matches = new LineLabels(body);
        if (LabelledTextParser.Probe(matches, 400).LooksLabelled) LabelledTextParser.Parse(draft, body, cancellationToken, lines, headings, matches);
        else ProseParser.Parse(draft, body, cancellationToken, lines, headings);

        if (draft.Turns.Count == 0)
            throw new TranscriptFormatException(input.FileName, 0, front is null ? "no text found: the Markdown has no paragraphs, only a heading or title" : "no text found after the front matter");
        var transcript = draft.ToTranscript(Format);
        if (front is null) return transcript;
        return transcript with
        {
            Url = front.Get("source_url", "url", "source", "link", "canonical_url", "permalink"),
            Tags = (front.Lists.TryGetValue("tags", out var tags) ? tags : front.Lists.TryGetValue("categories", out var categories) ? categories : new List<string>())
                .Where(t => t.Length > 0).ToValueList(),
        };
    }
}
