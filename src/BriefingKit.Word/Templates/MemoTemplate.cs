// The built-in memo template (templates/memo-template.dotx is this, written by
// `briefingkit template`). Users start their own from it: restyle, add a logo to the header,
// keep the bk:* content controls.
using System;
using System.IO;
using BriefingKit.Word.Memo.Styles;
using BriefingKit.Word.Templates.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word;

/// <summary>Writes BriefingKit's memo template (.dotx): its styles, page set-up, header, footer and <c>bk:*</c> content controls.</summary>
public static class MemoTemplate
{
    /// <summary>Writes the template as a .dotx package to <paramref name="output"/>.</summary>
    /// <param name="output">A writable stream.</param>
    /// <param name="paper">The page size.</param>
    public static void Write(Stream output, PaperSize paper = PaperSize.Letter)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        // The package is built in memory: the SDK needs a readable, seekable stream, and a failure must not leave half a file.
        using var buffer = new MemoryStream();
        Write(buffer, paper, asTemplate: true);
        // The same template every run, byte for byte (no random relationship ids or times).
        DeterministicPackage.Copy(buffer, output);
    }

    internal static void Write(Stream output, PaperSize paper, bool asTemplate)
    {
        using var document = Create(output, paper, asTemplate);
    }

    /// <summary>The template as an open package on <paramref name="output"/> (disposing it writes it there).</summary>
    internal static WordprocessingDocument Create(Stream output, PaperSize paper, bool asTemplate)
    {
        if (output is null) throw new ArgumentNullException(nameof(output));
        var document = WordprocessingDocument.Create(output, asTemplate ? WordprocessingDocumentType.Template : WordprocessingDocumentType.Document);
        try
        {
            Fill(document, paper);
            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }

    private static void Fill(WordprocessingDocument document, PaperSize paper)
    {
        var main = document.AddMainDocumentPart();
        StyleCatalog.Ensure(main);

        var settings = main.AddNewPart<DocumentSettingsPart>();
        settings.Settings = new Settings(
            new DefaultTabStop { Val = 720 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
            new Compatibility(new CompatibilitySetting { Name = CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15" }));

        var header = main.AddNewPart<HeaderPart>();
        header.Header = TemplateParts.Header();
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = TemplateParts.Footer();

        var body = new Body(TemplateParts.Body());
        body.Append(TemplateParts.Section(paper, main.GetIdOfPart(header), main.GetIdOfPart(footer)));
        main.Document = new Document(body);

        document.PackageProperties.Title = "BriefingKit memo template";
        document.PackageProperties.Creator = "BriefingKit";
        document.PackageProperties.Description = "Content controls tagged bk:to, bk:from, bk:date, bk:subject, bk:classification and bk:body are filled by briefingkit memo --template.";
    }
}
