// The memo read back: sections in order, quotes with speakers, the stance table, commitments,
// source links, properties, and the Open XML validator on every document written.
using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Memo;

public sealed class MemoWriterTests
{
    [Fact]
    public async Task WriteAsync_Seed_HasTheSectionsInOrder()
    {
        var docx = await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() });

        using var document = MemoFixture.Open(docx);
        OpenXmlAssert.Valid(document);
        var paragraphs = MemoFixture.Paragraphs(document);
        Assert.Equal("MEMORANDUM", paragraphs.First(p => p.Style == "Title").Text);
        var headings = paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).ToList();
        Assert.Equal(new[] { "Bottom line", "Participants", "Issues", "Key quotes", "Agreement and disagreement", "Commitments and next steps", "Sources" }, headings);
        var issues = paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).ToList();
        // The title names the relationship ("U.S.-Russia Relations"), so it leads; Syria has the most positions after it.
        Assert.Equal(new[] { "Bilateral relations", "Syria" }, issues.Take(2));
        Assert.Contains("Chemical weapons", issues);
        Assert.Contains("North Korea", issues);
        Assert.Contains("Ukraine", issues);
        Assert.Contains(paragraphs, p => p.Text == "SUBJECT:\tU.S.-Russia Relations in Spotlight" || p.Text == "SUBJECT:U.S.-Russia Relations in Spotlight");
        Assert.Contains(paragraphs, p => p.Text.StartsWith("DATE:", StringComparison.Ordinal) && p.Text.EndsWith("April 19, 2017", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_Seed_KeyQuotesAreTheReadoutsOwnQuotationsWithTheirSpeaker()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var start = paragraphs.FindIndex(p => p.Style == "Heading1" && p.Text == "Key quotes");
        var end = paragraphs.FindIndex(start + 1, p => p.Style == "Heading1");
        var section = paragraphs.Skip(start + 1).Take(end - start - 1).ToList();
        // "The world's two foremost nuclear powers …" is evidence under Bilateral relations, and a sentence is quoted once.
        var quote = section.FindIndex(p => p.Style == "Quote" && p.Text.Contains("put an end to this steady degradation", StringComparison.Ordinal));
        Assert.True(quote >= 0, "Tillerson's quotation is under Key quotes");
        Assert.DoesNotContain(section, p => p.Text.Contains("two foremost nuclear powers", StringComparison.Ordinal));
        Assert.StartsWith("\u2014 Rex Tillerson, Secretary of State \u00B7 line ", section[quote + 1].Text, StringComparison.Ordinal);
        Assert.All(section.Where(p => p.Style == "Quote"), p => Assert.StartsWith("\u201C", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_PressConference_EvidenceIsAttributedToWhoeverSaidIt()
    {
        var transcript = await MemoFixture.ParseTextAsync(
            "Remarks by President Biden and Prime Minister Suga of Japan at Press Conference\n\n"
            + "PRESIDENT BIDEN:  Good afternoon.\n\n"
            + "PRIME MINISTER SUGA:  (As interpreted.)  President Biden strongly supports the climate partnership between our two countries.\n",
            "2021-04-16-remarks.txt");
        Assert.Contains(transcript.Positions, p => p.Actor == "United States");

        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { transcript }));
        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var sources = paragraphs.Where((p, i) => p.Style == "BriefingKitQuoteSource" && i > 0 && paragraphs[i - 1].Text.Contains("strongly supports the climate partnership", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, p => Assert.StartsWith("\u2014 Yoshihide Suga, Prime Minister", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_Seed_QuotesEvidenceWithSpeakerAndLine()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        var paragraphs = MemoFixture.Paragraphs(document);
        var quoteIndex = paragraphs.ToList().FindIndex(p => p.Style == "Quote" && p.Text.Contains("urged Russia to fully implement the Minsk Agreements", StringComparison.Ordinal));
        Assert.True(quoteIndex >= 0, "the Ukraine evidence is quoted");
        var source = paragraphs[quoteIndex + 1];
        Assert.Equal("BriefingKitQuoteSource", source.Style);
        Assert.Contains("Rex Tillerson, Secretary of State", source.Text, StringComparison.Ordinal);
        Assert.Contains("line 21", source.Text, StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.Style == "BriefingKitStance" && p.Text == "United States \u2014 urges");
        Assert.Contains(paragraphs, p => p.Style == "BriefingKitStance" && p.Text.StartsWith("Russia \u2014 proposes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_Seed_ShowsEachStanceOnceAndNoSentenceTwiceUnderAnIssue()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var syria = paragraphs.SkipWhile(p => p.Text != "Syria").Skip(1).TakeWhile(p => p.Style != "Heading2").ToList();
        Assert.Contains(syria, p => p.Style == "Quote" && p.Text.Contains("did not agree to a Russian proposal", StringComparison.Ordinal));
        var quotes = syria.Where(p => p.Style == "Quote").Select(p => p.Text).ToList();
        Assert.Equal(quotes.Count, quotes.Distinct().Count());
        var bilateral = paragraphs.SkipWhile(p => p.Text != "Bilateral relations").Skip(1).TakeWhile(p => p.Style != "Heading2").ToList();
        // Tillerson's "cannot have this kind of relationship" is the U.S. concern; the working group both sides' commitment.
        Assert.Equal("United States \u2014 concerned, commits", bilateral[0].Text);
        var bilateralQuotes = bilateral.Where(p => p.Style == "Quote").Select(p => p.Text).ToList();
        Assert.Equal(2, bilateralQuotes.Count);
        Assert.Equal(bilateralQuotes.Count, bilateralQuotes.Distinct().Count());
    }

    [Fact]
    public async Task WriteAsync_Seed_TableShowsStancesShadedByGroup()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        var table = Assert.Single(document.MainDocumentPart!.Document!.Body!.Elements<Table>());
        Assert.Equal("BriefingKitTable", table.GetFirstChild<TableProperties>()!.TableStyle!.Val!.Value);
        var rows = table.Elements<TableRow>().Select(r => r.Elements<TableCell>().ToList()).ToList();
        Assert.Equal(new[] { "Issue", "United States", "Russia" }, rows[0].Select(c => c.InnerText));
        var chemical = rows.Single(r => r[0].InnerText == "Chemical weapons");
        Assert.Equal("rejects", chemical[1].InnerText);
        Assert.Equal("FFC7CE", chemical[1].TableCellProperties!.Shading!.Fill!.Value);
        Assert.Equal("proposes", chemical[2].InnerText);
        Assert.Equal("FFEB9C", chemical[2].TableCellProperties!.Shading!.Fill!.Value);
        var korea = rows.Single(r => r[0].InnerText == "North Korea");
        Assert.Equal("agrees", korea[1].InnerText);
        Assert.Equal("C6EFCE", korea[1].TableCellProperties!.Shading!.Fill!.Value);
    }

    [Fact]
    public async Task WriteAsync_Seed_ListsTheWorkingGroupCommitment()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var start = paragraphs.FindIndex(p => p.Text == "Commitments and next steps");
        var commitment = paragraphs.Skip(start + 1).First();
        Assert.Equal("ListBullet", commitment.Style);
        Assert.StartsWith("United States and Russia: Establish a working group", commitment.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_Week_LinksEverySourceAndStaysShort()
    {
        var week = await MemoFixture.WeekAsync();
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(week));

        OpenXmlAssert.Valid(document);
        var main = document.MainDocumentPart!;
        var links = main.Document!.Body!.Descendants<Hyperlink>().ToList();
        Assert.Equal(week.Count, links.Count);
        var targets = links.Select(l => main.HyperlinkRelationships.Single(r => r.Id == l.Id).Uri.ToString()).ToList();
        Assert.All(targets, t => Assert.StartsWith("https://bidenwhitehouse.archives.gov/", t, StringComparison.Ordinal));
        Assert.Equal(week.Select(t => t.Url), targets);

        var paragraphs = MemoFixture.Paragraphs(document);
        var quotes = paragraphs.Count(p => p.Style == "Quote");
        Assert.InRange(quotes, 10, 60);
        Assert.InRange(paragraphs.Count(p => p.Style == "ListBullet" && p.Text.Length > 0), 10, 45);
        var bottom = paragraphs.SkipWhile(p => p.Text != "Bottom line").Skip(1).TakeWhile(p => p.Style == "ListBullet").Count();
        Assert.InRange(bottom, 3, 5);
        // Near-identical evidence is not repeated within an issue.
        var perIssue = new System.Collections.Generic.List<string>();
        foreach (var (style, text) in paragraphs)
        {
            if (style == "Heading2") perIssue.Clear();
            if (style != "Quote") continue;
            Assert.DoesNotContain(perIssue, q => BriefingKit.Word.Memo.Content.TextKey.NearlySame(q, text));
            perIssue.Add(text);
        }
    }

    [Fact]
    public async Task WriteAsync_Week_ParticipantsGroupOfficialsAndSummarisePress()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(await MemoFixture.WeekAsync()));

        var paragraphs = MemoFixture.Paragraphs(document).ToList();
        var start = paragraphs.FindIndex(p => p.Text == "Participants");
        var items = paragraphs.Skip(start + 1).TakeWhile(p => p.Style == "ListBullet").Select(p => p.Text).ToList();
        Assert.StartsWith("United States: ", items[0], StringComparison.Ordinal);
        Assert.Contains("Jen Psaki, Press Secretary", items[0], StringComparison.Ordinal);
        Assert.Contains(items, i => i.StartsWith("Japan: Yoshihide Suga, Prime Minister", StringComparison.Ordinal));
        Assert.Contains(items, i => i.StartsWith("Press: Reporters put ", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Contains("Reporter,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_Options_FillTheBlockClassificationAndProperties()
    {
        var options = new MemoOptions
        {
            To = "The Secretary", From = "Policy Planning", Subject = "Moscow talks", Classification = "UNCLASSIFIED//FOUO",
            Date = new DateTime(2017, 4, 20), Author = "A. Analyst", PaperSize = PaperSize.A4,
        };
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }, options));

        OpenXmlAssert.Valid(document);
        var paragraphs = MemoFixture.Paragraphs(document);
        Assert.Equal("MEMORANDUM", paragraphs.First().Text);
        Assert.DoesNotContain(paragraphs, p => p.Text == "UNCLASSIFIED//FOUO"); // the header and footer mark every page; page 1 is not marked twice
        Assert.Contains(paragraphs, p => p.Text == "TO:The Secretary");
        Assert.Contains(paragraphs, p => p.Text == "FROM:Policy Planning");
        Assert.Contains(paragraphs, p => p.Text == "DATE:April 20, 2017");
        Assert.Contains(paragraphs, p => p.Text == "SUBJECT:Moscow talks");
        var main = document.MainDocumentPart!;
        Assert.All(main.HeaderParts, h => Assert.Contains("UNCLASSIFIED//FOUO", h.Header!.InnerText, StringComparison.Ordinal));
        Assert.All(main.FooterParts, f => Assert.Contains("UNCLASSIFIED//FOUO", f.Footer!.InnerText, StringComparison.Ordinal));
        Assert.Contains(main.FooterParts.SelectMany(f => f.Footer!.Descendants<SimpleField>()), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.Equal(11906u, main.Document!.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal("Moscow talks", document.PackageProperties.Title);
        Assert.Equal("A. Analyst", document.PackageProperties.Creator);
        Assert.NotNull(document.PackageProperties.Created);
    }

    [Fact]
    public async Task WriteAsync_NoClassification_LeavesNoBanner()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        Assert.Equal("MEMORANDUM", MemoFixture.Paragraphs(document).First().Text);
        Assert.Empty(document.MainDocumentPart!.Document!.Body!.Descendants<SdtBlock>());
        Assert.Equal("Sources", MemoFixture.Paragraphs(document).Reverse().First(p => p.Style == "Heading1").Text);
    }

    [Fact]
    public async Task WriteAsync_TextWithXmlIllegalCharacters_IsSanitisedAndValid()
    {
        var transcript = await MemoFixture.ParseTextAsync("MR PRICE:  We urge Russia\u000C to withdraw its forces from Ukraine\u0001 now.\n\nQ  Thanks.\n\nMR PRICE:  We support Ukraine.\n");
        transcript = transcript with
        {
            Title = "Briefing\u000C with\u0001 control characters",
            Summary = new[] { "We urge Russia\u000C to withdraw\u0001." },
            Commitments = new[] { new Commitment(new[] { "United States\u0001" }, "provide\u000C further security assistance to Ukraine") { Line = 1 } },
            Positions = transcript.Positions.Concat(new[] { new Position("United States", "ukraine", Stance.Urge) { Evidence = "We urge\u000C Russia\u0001.", Line = 1 } }).ToValueList(),
        };

        var docx = await MemoFixture.WriteAsync(new[] { transcript }, new MemoOptions { Subject = "Bad\u0001 subject", To = "X\u000C" });

        Assert.True(docx.Length > 0);
        using var document = MemoFixture.Open(docx);
        OpenXmlAssert.Valid(document);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.DoesNotContain('\u000C', text);
        Assert.DoesNotContain('\u0001', text);
        Assert.Contains("Bad subject", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ThousandsOfSpeakers_ParticipantsAreCappedWithACount()
    {
        var speakers = Enumerable.Range(1, 3000).Select(i => new Speaker("s" + i, "Delegate Number" + i) { Affiliation = "United Nations", Kind = SpeakerKind.Official }).ToValueList();
        var turns = speakers.Select((s, i) => new Turn("I support the resolution on climate.") { Speaker = s.Id, Line = i + 1 }).ToValueList();
        var transcript = new Transcript { Title = "A large meeting", Speakers = speakers, Turns = turns };

        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { transcript }, new MemoOptions { MaxParticipants = 5 }));

        OpenXmlAssert.Valid(document);
        var line = MemoFixture.Paragraphs(document).Single(p => p.Text.StartsWith("United Nations: ", StringComparison.Ordinal)).Text;
        Assert.EndsWith(" and 2,995 others", line, StringComparison.Ordinal);
        Assert.Equal(5, line.Split(';').Length);
    }

    [Fact]
    public async Task WriteAsync_AQuotationNeverClosed_IsNotAKeyQuote()
    {
        var longQuote = string.Join(" ", Enumerable.Repeat("and the talks went on", 200));
        var transcript = await MemoFixture.ParseTextAsync(
            "Talks on trade\n\n“We will keep working on trade,” Secretary Jane Roe said.\n\nSecretary Roe said: “" + longQuote + "\n");

        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { transcript }));

        var texts = MemoFixture.Paragraphs(document).Select(p => p.Text).ToList();
        Assert.DoesNotContain(texts, t => t.Contains("talks went on and the talks went on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_ATranscriptWithNothingFound_StillWritesAValidMemo()
    {
        var transcript = await MemoFixture.ParseTextAsync("A note\n\nNothing of substance was said.\n");

        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { transcript }));

        OpenXmlAssert.Valid(document);
        Assert.Contains(MemoFixture.Paragraphs(document), p => p.Style == "Heading1" && p.Text == "Sources");
    }

    [Fact]
    public async Task WriteAsync_NoTranscripts_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => new MemoWriter().WriteAsync(Array.Empty<Transcript>(), new MemoryStream()));
    }

    [Fact]
    public async Task WriteAsync_BadTemplate_ThrowsAndWritesNothing()
    {
        using var output = new MemoryStream();
        var options = new MemoOptions { Template = new MemoryStream(new byte[] { 1, 2, 3, 4 }) };

        var seed = await MemoFixture.SeedAsync();

        await Assert.ThrowsAsync<InvalidDataException>(() => new MemoWriter().WriteAsync(new[] { seed }, output, options));

        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task WriteAsync_Styles_AreRealWordStylesWithBulletNumbering()
    {
        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { await MemoFixture.SeedAsync() }));

        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Equal("Title", styles["Title"].StyleName!.Val!.Value);
        Assert.Equal("Quote", styles["Quote"].StyleName!.Val!.Value);
        Assert.Equal("List Bullet", styles["ListBullet"].StyleName!.Val!.Value);
        var numId = styles["ListBullet"].StyleParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        var numbering = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numId);
        var abstractNum = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
        Assert.Equal(NumberFormatValues.Bullet, abstractNum.Elements<Level>().First().NumberingFormat!.Val!.Value);
        Assert.Equal(StyleValues.Table, styles["BriefingKitTable"].Type!.Value);
    }
}
