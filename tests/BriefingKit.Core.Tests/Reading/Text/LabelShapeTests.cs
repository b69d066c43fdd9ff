// Labels a document uses once: taken on the shape of the labels it uses a lot, never for ordinary
// words before a colon; and the label forms around a name (a time before it, a code after it).
using System.Linq;
using System.Threading;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class LabelShapeTests
{
    private static TranscriptDraft Parse(params string[] lines)
    {
        var draft = new TranscriptDraft();
        LabelledTextParser.Parse(draft, lines, CancellationToken.None);
        return draft;
    }

    [Fact]
    public void Parse_FullNameSeenOnce_AmongFullNames_IsItsOwnTurn()
    {
        var draft = Parse(
            "Edna Marlow: Tonight the candidates answer questions from the audience.", "",
            "Walter Brisbane: Thank you, Edna.", "",
            "Edna Marlow: The first question is for you.", "",
            "Walter Brisbane: I will do my best.", "",
            "Harriet J Tolliver: My question is about the pension fund.");

        Assert.Equal(5, draft.Turns.Count);
        Assert.Equal("Harriet J Tolliver", draft.Speakers.Last().Label);
    }

    [Theory]
    [InlineData("Bottom Line: the fund is short by two billion.")]
    [InlineData("Sometimes: the fund is short by two billion.")]
    public void Parse_CommonWordsSeenOnce_StayInTheTurn(string line)
    {
        var draft = Parse(
            "Edna Marlow: Tonight the candidates answer questions.", "",
            "Walter Brisbane: Thank you, Edna.", "",
            "Edna Marlow: The first question is for you.", "",
            "Walter Brisbane: Here is what I found.", "",
            line);

        Assert.Equal(4, draft.Turns.Count);
        Assert.EndsWith(line, draft.Turns.Last().Text);
    }

    [Fact]
    public void Parse_DiscourseWordRepeated_IsStillNoSpeaker()
    {
        var draft = Parse(
            "Coach: How was the week?", "",
            "Client: Busy.", "",
            "Honestly: it was too busy.", "",
            "Coach: Tell me more.", "",
            "Honestly: I said yes to everything.", "",
            "Client: And then I stopped.");

        Assert.Equal(new[] { "Coach", "Client" }, draft.Speakers.Select(s => s.Label));
        Assert.Equal(4, draft.Turns.Count);
    }

    [Fact]
    public void Parse_LabelSeenOnce_WithoutEstablishedShape_IsNoLabel()
    {
        // Two one-word labels used twice: a full name seen once has another shape (a courtesy title would do).
        var draft = Parse(
            "Coach: How was the week?", "",
            "Client: Busy.", "",
            "Coach: Tell me more.", "",
            "Client: I said yes to everything.", "",
            "Dana Hollis: I am her manager.");

        Assert.Equal(4, draft.Turns.Count);
    }

    [Fact]
    public void Parse_MixedCaseLabelAloneOnItsLine_NamesTheSpeakerOfTheTextBelow()
    {
        var draft = Parse(
            "Senator Ashby:", "Thank you, Mr. Chairman.", "",
            "Mr. Greaves:", "Thank you, Senator.", "",
            "Senator Ashby:", "One more question.", "",
            "Mr. Greaves:", "Of course.");

        Assert.Equal(4, draft.Turns.Count);
        Assert.Equal("Thank you, Mr. Chairman.", draft.Turns[0].Text);
    }

    [Fact]
    public void Parse_NameLineWithoutPartyCode_InADocumentWithoutThem_IsNoLabel()
    {
        var draft = Parse(
            "MR. HOLT: Our next report.", "",
            "Opening Statement (Excerpt)", "The committee will come to order.");

        Assert.Single(draft.Speakers);
        Assert.Single(draft.Turns);
    }

    [Fact]
    public void Parse_NameLineWithPartyCode_LastInTheText_IsNoLabel()
    {
        var draft = Parse("MR. HOLT: Our next guest is", "", "Sen. Mara Quist (D-Ore.)");

        Assert.Single(draft.Speakers);
    }

    [Theory]
    [InlineData("Tanja Vrhovnik (SL): Thank you.", null)]
    [InlineData("Sen. Mara Quist (D-Ore.): Thank you.", null)]
    [InlineData("Mr. Quist (UK): Thank you.", "UK")]
    [InlineData("Mr. Nebenzia (Russian Federation): Thank you.", "Russian Federation")]
    public void Match_CodeAfterName_IsNoDelegationUnlessAnActor(string line, string? affiliation)
    {
        var label = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(label);
        Assert.Equal(affiliation, label!.Affiliation);
        Assert.Equal("Thank you.", label.Rest);
    }

    [Theory]
    [InlineData("[00:09:25] Clerk: Present.", "Clerk", "00:09:25")]
    [InlineData("(01:02) MS. ORTEGA: Yes.", "MS. ORTEGA", "00:01:02")]
    public void Match_TimeBeforeLabel_GivesTimedLabel(string line, string name, string start)
    {
        var label = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(label);
        Assert.Equal(LabelStyle.Timed, label!.Style);
        Assert.Equal(name, label.Label);
        Assert.Equal(System.TimeSpan.Parse(start, System.Globalization.CultureInfo.InvariantCulture), label.Start);
    }

    [Theory]
    [InlineData("[00:09:25] However: we go on.")]
    [InlineData("[00:09:25] and then we went home.")]
    [InlineData("[SPEAKER_00]")]
    public void Match_NoLabel(string line) => Assert.Null(SpeakerLabelMatcher.Match(line));
}
