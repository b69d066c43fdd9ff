// Writes the briefing memo. The document starts as a copy of the template (the built-in one
// or the user's), so its styles, page set-up, header, footer and images carry over as they
// are; the memo then fills the bk:* content controls and puts the body in place.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Layout;
using BriefingKit.Word.Memo.Sections;
using BriefingKit.Word.Memo.Styles;
using BriefingKit.Word.Templates.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word;

/// <summary>
/// The Word briefing memo writer: MEMORANDUM block, bottom line, participants, one section per issue with
/// each actor's positions and the quotes behind them, an agreement/disagreement table, commitments and
/// sources. Stateless and thread-safe; use <see cref="Default"/> or register it with
/// <c>AddBriefingKitWord()</c>.
/// </summary>
internal sealed class MemoWriter : IMemoWriter
{
    private static readonly IMemoSection[] BodySections =
    {
        new BottomLineSection(),
        new ParticipantsSection(),
        new IssuesSection(),
        new KeyQuotesSection(),
        new StanceTableSection(),
        new CommitmentsSection(),
        new SourcesSection(),
    };

    /// <summary>A shared instance.</summary>
    public static MemoWriter Default { get; } = new();

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="transcripts"/> is empty or holds <see langword="null"/>.</exception>
    /// <exception cref="InvalidDataException">The template is not a Word document or template.</exception>
    public async Task WriteAsync(IReadOnlyList<Transcript> transcripts, Stream output, MemoOptions? options = null, CancellationToken ct = default)
    {
        if (transcripts is null) throw new ArgumentNullException(nameof(transcripts));
        if (output is null) throw new ArgumentNullException(nameof(output));
        if (transcripts.Count == 0) throw new ArgumentException("A memo needs at least one transcript.", nameof(transcripts));
        if (transcripts.Any(t => t is null)) throw new ArgumentException("The transcripts must not contain null.", nameof(transcripts));
        options ??= new MemoOptions();

        // What the memo says depends on the transcripts alone, so it is worked out on another thread while the
        // template is made or read (the Open XML SDK's first use of each element type is much of a short run).
        var memoOptions = options;
        var digest = Task.Run(() => MemoDigest.Create(transcripts, memoOptions), ct);
        using var work = new MemoryStream();
        if (options.Template is null && options.TemplatePath is null)
        {
            // The built-in template is filled where it is made: writing it out and reading it back cost a zip
            // write, a zip read and a parse of every part for nothing. Its namespace declarations are marked as reading it back marks them, and saving
            // it once first leaves its parts, relationships and content types in the package in the order a written
            // template has them, so the memo's bytes are what the round trip gave.
            using var document = MemoTemplate.Create(work, options.PaperSize, asTemplate: false);
            WrittenNamespaces.DeclareAsWritten(document.MainDocumentPart!);
            document.Save();
            ct.ThrowIfCancellationRequested();
            Build(document, transcripts, options, digest, null);
        }
        else
        {
            await LoadTemplateAsync(options, work, ct).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            using var document = OpenTemplate(work, options.TemplatePath ?? "template stream");
            Build(document, transcripts, options, digest, options.TemplatePath ?? "template stream");
        }
        ct.ThrowIfCancellationRequested();
        // The same transcripts and options give the same bytes: no random relationship ids or times.
        using var final = new MemoryStream();
        DeterministicPackage.Copy(work, final);
        final.Position = 0;
        await final.CopyToAsync(output, 81920, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    private static async Task LoadTemplateAsync(MemoOptions options, MemoryStream work, CancellationToken ct)
    {
        if (options.Template is { } stream)
        {
            await stream.CopyToAsync(work, 81920, ct).ConfigureAwait(false);
        }
        else if (options.TemplatePath is { } path)
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await file.CopyToAsync(work, 81920, ct).ConfigureAwait(false);
        }
        work.Position = 0;
    }

    private static void Build(WordprocessingDocument document, IReadOnlyList<Transcript> transcripts, MemoOptions options, Task<MemoDigest> digestTask, string? templateName)
    {
        if (document.DocumentType != WordprocessingDocumentType.Document) document.ChangeDocumentType(WordprocessingDocumentType.Document);
        var main = document.MainDocumentPart ?? throw new InvalidDataException($"The template {templateName} has no document body.");
        main.Document ??= new Document(new Body());
        var body = main.Document.Body ??= new Body();

        StyleCatalog.Ensure(main);
        var digest = digestTask.GetAwaiter().GetResult();
        var fields = MemoFields.Resolve(options, digest);
        var context = new MemoContext(main, options, digest, fields);

        var section = HeaderFooter.BodySection(main, body, options.PaperSize);
        HeaderFooter.Ensure(main, section, fields.Classification);
        foreach (var header in main.HeaderParts) if (header.Header is { } h) FillControls(h, fields, inBody: false);
        foreach (var footer in main.FooterParts) if (footer.Footer is { } f) FillControls(f, fields, inBody: false);
        var filled = FillControls(body, fields, inBody: true);

        // The classification is marked once at the top and once at the bottom of every page, by the header and
        // footer (HeaderFooter.Ensure); a banner in the body as well would mark page 1 twice.
        var content = new List<OpenXmlElement>();
        if (!new[] { ContentControlTags.To, ContentControlTags.From, ContentControlTags.Date, ContentControlTags.Subject }.All(filled.Contains))
            content.AddRange(new MemorandumBlock().Build(context));
        foreach (var part in BodySections) content.AddRange(part.Build(context));
        PlaceBody(body, content);

        var properties = document.PackageProperties;
        properties.Title = fields.Subject;
        properties.Subject = fields.Subject;
        properties.Creator = fields.Author;
        properties.LastModifiedBy = fields.Author;
        // The memo's own date, not the clock, so writing the same memo twice gives the same file.
        var stamp = options.Date ?? transcripts.Select(t => t.Date).Max();
        properties.Created = stamp is { } day ? DateTime.SpecifyKind(day.Date, DateTimeKind.Utc) : null;
        properties.Modified = properties.Created;
        MarkAsOurs(document);
        properties.Keywords = string.Join("; ", digest.Issues.Select(i => Blocks.Clean(i.Name)));
        properties.Description = $"Briefing memo from {transcripts.Count} source{(transcripts.Count == 1 ? string.Empty : "s")}, written by BriefingKit.";
        properties.Category = fields.Classification;
        main.Document.Save();
    }

    // Application "BriefingKit" in the extended properties says who wrote the file (as Word writes its own
    // name there), so a memo saved into a folder of transcripts is not read back as one.
    private static void MarkAsOurs(WordprocessingDocument document)
    {
        var part = document.ExtendedFilePropertiesPart ?? document.AddExtendedFilePropertiesPart();
        part.Properties ??= new DocumentFormat.OpenXml.ExtendedProperties.Properties();
        var application = part.Properties.GetFirstChild<DocumentFormat.OpenXml.ExtendedProperties.Application>();
        if (application is null) part.Properties.PrependChild(application = new DocumentFormat.OpenXml.ExtendedProperties.Application());
        application.Text = GeneratorName;
        part.Properties.Save();
    }

    /// <summary>The Application written into every memo's extended properties.</summary>
    internal const string GeneratorName = "BriefingKit";

    private static WordprocessingDocument OpenTemplate(MemoryStream work, string? templateName)
    {
        try
        {
            return WordprocessingDocument.Open(work, true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException) // the packaging layer throws several types (FileFormatException, OpenXmlPackageException, …)
        {
            throw new InvalidDataException($"The template {templateName} is not a Word document or template (.docx, .dotx): {ex.Message}", ex);
        }
    }

    // Fills every bk:* control under root; returns the tags found. A classification block in
    // the body is removed when there is no classification, so no empty banner is left.
    private static HashSet<string> FillControls(OpenXmlElement root, MemoFields fields, bool inBody)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sdt in root.Descendants<SdtElement>().ToList())
        {
            var tag = ContentControls.TagOf(sdt);
            if (tag is null) continue;
            string? value = tag.ToLowerInvariant() switch
            {
                TagNames.To => fields.To,
                TagNames.From => fields.From,
                TagNames.Date => fields.Date,
                TagNames.Subject => inBody ? fields.Subject : Shorten(fields.Subject, 55), // one line of the header, beside its other text
                TagNames.Classification => fields.Classification ?? string.Empty,
                _ => null,
            };
            if (tag.Equals(ContentControlTags.Body, StringComparison.OrdinalIgnoreCase)) { found.Add(ContentControlTags.Body); continue; }
            if (value is null) continue;
            found.Add(tag.ToLowerInvariant());
            if (inBody && value.Length == 0 && sdt is SdtBlock) sdt.Remove();
            else ContentControls.SetText(sdt, value);
        }
        return found;
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text.Substring(0, cut > max / 2 ? cut : max - 1).TrimEnd(',', ';', ':', ' ') + "\u2026";
    }

    private static void PlaceBody(Body body, List<OpenXmlElement> content)
    {
        var target = ContentControls.Tagged(body, ContentControlTags.Body).FirstOrDefault();
        switch (target)
        {
            case SdtBlock block when block.Parent is not null:
                foreach (var element in content) block.InsertBeforeSelf(element);
                block.Remove();
                return;
            case SdtElement inline when inline.Ancestors<Paragraph>().FirstOrDefault() is { Parent: not null } paragraph:
                OpenXmlElement after = paragraph;
                foreach (var element in content) after = after.InsertAfterSelf(element);
                inline.Remove();
                return;
        }
        var section = body.Elements<SectionProperties>().LastOrDefault();
        foreach (var element in content)
        {
            if (section is null) body.Append(element);
            else section.InsertBeforeSelf(element);
        }
    }
}
