// Issue headings and list joins as an analyst reads them: a U.S.–Japan alliance is not headed
// "NATO and alliances", and "Also raised" never reads "Taiwan and Economy and trade".
using System;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Tests.Support;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingKit.Word.Tests.Memo.Content;

public sealed class IssueHeadingTests
{
    [Theory]
    [InlineData("NATO and alliances", "The leaders reaffirmed the ironclad Freedonia-Sylvania Alliance.", "Alliances")]
    [InlineData("NATO and alliances", "Allies agreed to raise NATO spending.", "NATO")]
    [InlineData("NATO and alliances", "Allies agreed to raise NATO spending and deepen the alliance.", "NATO and alliances")]
    [InlineData("Economy and trade", "They discussed trading rules.", "Trade")]
    [InlineData("Syria", "Anything at all.", "Syria")]
    [InlineData("Climate", "No climate word here.", "Climate")]
    public void For_ACompoundName_KeepsThePartsTheEvidenceMentions(string name, string evidence, string expected)
    {
        Assert.Equal(expected, IssueHeading.For(name, new[] { evidence }));
    }

    [Theory]
    [InlineData(new[] { "North Korea", "Taiwan", "Economy and trade" }, "North Korea, Taiwan, as well as Economy and trade")]
    [InlineData(new[] { "Taiwan", "Economy and trade" }, "Taiwan as well as Economy and trade")]
    [InlineData(new[] { "China", "Iran", "Taiwan" }, "China, Iran and Taiwan")]
    [InlineData(new[] { "Economy and trade", "China", "Democracy and human rights", "Iran" }, "Economy and trade, China, Democracy and human rights, as well as Iran")]
    [InlineData(new[] { "Economy and trade", "China", "Iran" }, "Economy and trade, China and Iran")]
    public void JoinAnd_ItemsHoldingAnd_NeverCloseTheList(string[] items, string expected)
    {
        Assert.Equal(expected, Blocks.JoinAnd(items));
    }

    [Fact]
    public async Task WriteAsync_ABilateralAllianceWithoutNato_IsHeadedAlliancesAndTheTableKeepsTheIssueName()
    {
        var transcript = new Transcript
        {
            Title = "Freedonia–Sylvania summit",
            Date = new DateTime(2024, 5, 6),
            Turns = new[] { new Turn("The leaders reaffirmed the Freedonia-Sylvania Alliance.") { Line = 3 } }.ToValueList(),
            Issues = new[] { new IssueMention("nato-alliances", "NATO and alliances") { Mentions = 3 } }.ToValueList(),
            Positions = new[]
            {
                new Position("United States", "nato-alliances", Stance.Commit) { Evidence = "The leaders reaffirmed the ironclad U.S.-Japan Alliance.", Line = 3 },
                new Position("Japan", "nato-alliances", Stance.Commit) { Evidence = "The leaders reaffirmed the ironclad U.S.-Japan Alliance.", Line = 3 },
            }.ToValueList(),
        };

        using var document = MemoFixture.Open(await MemoFixture.WriteAsync(new[] { transcript }));

        OpenXmlAssert.Valid(document);
        var paragraphs = MemoFixture.Paragraphs(document);
        Assert.Equal("Alliances", paragraphs.Single(p => p.Style == "Heading2").Text);
        var table = document.MainDocumentPart!.Document!.Body!.Descendants<Table>().Single();
        Assert.Equal("NATO and alliances", table.Elements<TableRow>().ElementAt(1).Elements<TableCell>().First().InnerText);
    }
}
