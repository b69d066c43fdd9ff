// The analyzers end to end on short prose: quotes, stances, negation, collective subjects, commitments.
using System.Linq;

namespace BriefingKit.Tests.Analysis;

public sealed class AnalysisPipelineTests
{
    private static Transcript Parse(string text) => BriefingPipeline.Default.ParseText(text, "2017-04-19-test.txt");

    private const string Readout = """
        Talks in Moscow

        U.S. Secretary of State Rex Tillerson met Russian Foreign Minister Sergey Lavrov on Syria and chemical weapons.

        “We need to put an end to this steady degradation,” Secretary Tillerson said. “It is doing nothing for either country,” he added.

        During their talks, the Secretary did not agree to a Russian proposal to create a new investigative mechanism on the chemical weapons attack in Syria.

        On Syria, the United States and Russia agreed that the chemical weapons stockpile must be destroyed.

        The U.S. and Russia agreed to establish a working group on Syria and chemical weapons.
        """;

    [Fact]
    public void Parse_Readout_AttributesQuotesIncludingPronouns()
    {
        var t = Parse(Readout);
        var tillerson = t.Speakers.Single(s => s.Name == "Rex Tillerson");
        Assert.Equal(("Secretary of State", "United States", SpeakerKind.Official), (tillerson.Role, tillerson.Affiliation, tillerson.Kind));
        Assert.Equal(2, t.Quotes.Count);
        Assert.All(t.Quotes, q => Assert.Equal(tillerson.Id, q.Speaker));
        Assert.Equal(new[] { "said", "added" }, t.Quotes.Select(q => q.Cue));
        Assert.Equal("We need to put an end to this steady degradation", t.Quotes[0].Text);
        Assert.Equal(5, t.Quotes[0].Line);
    }

    [Fact]
    public void Parse_Readout_NegationFlipsAndNominalProposalIsTheProposer()
    {
        var t = Parse(Readout);
        Assert.Contains(t.Positions, p => p is { Actor: "United States", Issue: "chemical-weapons", Stance: Stance.Reject, Line: 7 });
        Assert.Contains(t.Positions, p => p is { Actor: "Russia", Issue: "chemical-weapons", Stance: Stance.Propose, Line: 7 });
        Assert.DoesNotContain(t.Positions, p => p is { Actor: "United States", Stance: Stance.Agree, Line: 7 });
    }

    [Fact]
    public void Parse_Readout_CollectiveSubjectGivesBothActors()
    {
        var t = Parse(Readout);
        var agreed = t.Positions.Where(p => p.Line == 9 && p.Stance == Stance.Agree).Select(p => p.Actor).Distinct().OrderBy(a => a);
        Assert.Equal(new[] { "Russia", "United States" }, agreed);
        Assert.All(t.Positions, p => Assert.False(string.IsNullOrEmpty(p.Evidence)));
    }

    [Fact]
    public void Parse_Readout_AgreedToIsACommitmentOfBoth()
    {
        var t = Parse(Readout);
        var commitment = Assert.Single(t.Commitments, c => c.Text.Contains("working group"));
        Assert.Equal(new[] { "United States", "Russia" }, commitment.Actors);
        Assert.Equal(11, commitment.Line);
        Assert.Contains(t.Positions, p => p is { Actor: "Russia", Stance: Stance.Commit, Line: 11 });
    }

    [Fact]
    public void Parse_Readout_TagsDiscussedIssuesAndSummarises()
    {
        var t = Parse(Readout);
        Assert.Contains(t.Issues, i => i.Id == "chemical-weapons");
        Assert.Contains(t.Issues, i => i.Id == "syria");
        Assert.DoesNotContain(t.Issues, i => i.Id is "ukraine" or "north-korea" or "climate");
        Assert.InRange(t.Summary.Count, 3, 5);
        Assert.All(t.Summary, s => Assert.Contains(s, Readout.Replace("\n", " ").Replace("  ", " ")));
    }

    [Fact]
    public void Parse_LongTextWithPassingMention_DoesNotTagIt()
    {
        var filler = string.Concat(Enumerable.Repeat("The delegates reviewed the schedule for the coming season in detail. ", 60));
        var t = Parse("Schedule\n\n" + filler + "\n\nOne delegate had once visited Syria.\n");
        Assert.DoesNotContain(t.Issues, i => i.Id == "syria");
    }

    [Fact]
    public void Parse_LabelledTurn_FirstPersonIsTheSpeakersSide()
    {
        var t = BriefingPipeline.Default.ParseText(
            "MS. PSAKI:  We are deeply concerned about the chemical weapons attack in Syria.\n\nQ    Is the President concerned about Syria?\n\nMS. PSAKI:  We condemn the chemical weapons attack in Syria.\n",
            "2021-04-15-briefing.txt");
        Assert.Contains(t.Positions, p => p is { Actor: "United States", Issue: "chemical-weapons", Stance: Stance.Concern });
        Assert.Contains(t.Positions, p => p is { Actor: "United States", Stance: Stance.Criticize });
        Assert.DoesNotContain(t.Positions, p => p.Line == 3); // a reporter's question is not a position
    }

    [Fact]
    public void Parse_UnitedNationsRecord_DelegationBecomesCanonicalAffiliation()
    {
        var t = BriefingPipeline.Default.ParseText(
            "The President: I give the floor to the representative of the Russian Federation.\n\nMr. Nebenzia (Russian Federation) (spoke in Russian): We reject the draft.\n\nThe President: I thank him.\n",
            "2022-02-25-security-council.txt");
        var nebenzia = t.Speakers.Single(s => s.Label == "Mr. Nebenzia");
        Assert.Equal("Russia", nebenzia.Affiliation);
        Assert.Contains(t.Annotations, a => a.Text == "(spoke in Russian)");
    }

    [Fact]
    public void Parse_JointStatement_WeWillIsACommitmentOfBothParties()
    {
        var t = BriefingPipeline.Default.ParseText(
            "---\ntitle: Joint Statement of the United States and Japan\ndate: 2021-04-16\n---\n\nPresident Joe Biden and Prime Minister Yoshihide Suga met today.\n\nWe will work together to reform the World Health Organization.\n\nFurthermore, we will bolster our support for COVAX.\n",
            "joint.md");
        Assert.Equal(2, t.Commitments.Count);
        Assert.All(t.Commitments, c => Assert.Equal(new[] { "United States", "Japan" }, c.Actors));
        Assert.StartsWith("work together to reform the World Health Organization", t.Commitments[0].Text);
    }

    [Fact]
    public void Parse_Briefing_TalkAboutTheEventAndPredictionsAreNotCommitments()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI:  We will each take a few questions.  I'll respond to this.  "
            + "Elections are an expression of the will of the American people.  We think that will meet the demand.  "
            + "You'll probably be seeing a lot more of me.  We will impose costs on Russia for its cyber intrusions.  "
            + "Those efforts will also be the hallmark of an upcoming executive order.\n",
            "2021-04-15-briefing.txt");
        // "Those efforts will also be …" has a thing for its subject: a prediction (Examples/analysis/commitments/prediction-thing-subject.txt).
        Assert.Equal(
            new[] { "impose costs on Russia for its cyber intrusions" },
            t.Commitments.Select(c => c.Text));
    }

    [Fact]
    public void Parse_Summary_PrefersSentencesThatStandOnTheirOwn()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI:  Good afternoon everyone, thanks for joining us today.  "
            + "But the President condemned the cyber intrusions by Russia and announced sanctions against Russia yesterday.  "
            + "The President condemned the cyber intrusions by Russia and announced sanctions against Russia today.  "
            + "The sanctions target Russian technology companies that support the cyber program of the Russian intelligence services.  "
            + "The President urged Russia to stop the cyber intrusions and the election interference against the United States.\n",
            "2021-04-15-briefing.txt");
        Assert.NotEmpty(t.Summary);
        Assert.DoesNotContain(t.Summary, s => s.StartsWith("But ", System.StringComparison.Ordinal));
        Assert.Contains("The President condemned the cyber intrusions by Russia and announced sanctions against Russia today.", t.Summary);
    }

    [Fact]
    public void Parse_Remarks_ASentenceWithoutAnIssueContinuesThePreviousOne()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Remarks by President Biden on Russia\n\nTHE PRESIDENT:  I affirmed U.S. support for the sovereignty and territorial integrity of Ukraine.  "
            + "And I strongly urged him to refrain from any military action.\n\n"
            + string.Concat(Enumerable.Repeat("We talked about the climate crisis and the clean energy we need for the climate. ", 40))
            + "\n\nI strongly urged him to refrain from any military action.\n",
            "2021-04-15-remarks.txt");
        var urge = Assert.Single(t.Positions, p => p.Stance == Stance.Urge);
        Assert.Equal(("United States", "ukraine", 3), (urge.Actor, urge.Issue, urge.Line));
    }

    [Fact]
    public void Parse_Call_ExecutiveActionsAreCommitmentsOfTheirGovernment()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Background Press Call on Russia\n\nToday, President Biden signed a new sanctions executive order on Russia.  "
            + "Under other sanctions authorities today, the Treasury Department also sanctioned 32 entities and individuals.\n",
            "2021-04-15-call.txt");
        Assert.Equal(2, t.Positions.Count(p => p is { Actor: "United States", Issue: "sanctions", Stance: Stance.Commit }));
    }

    [Fact]
    public void Parse_Call_AListOfActorsIsEverySubjectUnlessItFollowsWith()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Background Press Call on Russia\n\nThe UK, France, Denmark, and Estonia have agreed to join the planning for the cyber exercise.  "
            + "Furthermore, the Treasury Department — in partnership with the EU, UK, Australia, and Canada — today sanctioned eight individuals over Crimea.\n",
            "2021-04-15-call.txt");
        var exercise = Assert.Single(t.Commitments, c => c.Text.Contains("cyber exercise"));
        Assert.Equal(new[] { "United Kingdom", "France", "Denmark", "Estonia" }, exercise.Actors);
        Assert.Equal(new[] { "United States" }, t.Positions.Where(p => p.Issue == "sanctions").Select(p => p.Actor).Distinct());
    }

    [Fact]
    public void Parse_Call_HeIsThePreviousSentencesSubjectNotItsObject()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Background Press Call\n\nPresident Biden spoke with President Putin earlier this week and conveyed that directly.  "
            + "And in that spirit, he proposed a summit meeting to discuss the full range of issues in our bilateral relationship.\n",
            "2021-04-15-call.txt");
        var proposal = Assert.Single(t.Positions, p => p.Stance == Stance.Propose);
        Assert.Equal("United States", proposal.Actor);
        Assert.Equal("Joe Biden", t.FindSpeaker(proposal.Speaker)?.Name);
    }

    [Fact]
    public void Parse_Briefing_IndefiniteHoldersAndGroupNounsAreNotTheSpeakersSide()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI:  The President remains committed to raising the refugee cap for migration, and I can assure anyone who has concerns that that remains the case.  "
            + "We assess that Russian intelligence officers encouraged Taliban attacks against U.S. troops in Afghanistan.\n",
            "2021-04-15-briefing.txt");
        Assert.DoesNotContain(t.Positions, p => p.Stance == Stance.Concern);
        var urge = Assert.Single(t.Positions, p => p.Stance == Stance.Urge);
        Assert.Equal(("Russia", "afghanistan"), (urge.Actor, urge.Issue));
    }

    [Fact]
    public void Parse_Readout_ACommitmentEndsWhereTheNextVerbOrTheSentencesVerbBegins()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Readout of a call\n\nPresident Biden and Chancellor Merkel of Germany underscored their strong commitment to deepen the transatlantic relationship and pledged to continue working closely together on COVID-19.  "
            + "Our commitment to rebuild the alliance with Germany is indicative of its importance.\n",
            "2021-04-14-readout.txt");
        // (A noun phrase after "commitment to" is a value, not an action, and "meet in person" is schedule talk:
        // Examples/analysis/commitments/value-after-pledge-noun.txt, schedule-talk.txt.)
        Assert.Equal(
            new[] { "deepen the transatlantic relationship", "continue working closely together on COVID-19", "rebuild the alliance with Germany" },
            t.Commitments.Select(c => c.Text));
    }

    [Fact]
    public void Parse_Briefing_HeCanBeThePresidentNamedByRole()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI:  President Biden urged President Putin to de-escalate on Ukraine.  President Putin took a call from President Biden on Tuesday.\n\nQ    Was it warm?\n\n"
            + "MS. PSAKI:  On that call, the President made clear that there would be consequences.  He also suggested a summit to discuss the bilateral relationship.\n",
            "2021-04-15-briefing.txt");
        var proposal = Assert.Single(t.Positions, p => p.Stance == Stance.Propose);
        Assert.Equal("United States", proposal.Actor);
    }

    [Fact]
    public void Parse_Briefing_AnAsAsideTakesNoStance()
    {
        var t = BriefingPipeline.Default.ParseText(
            "Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI:  Since the start of the pandemic, as we’ve talked about a bit in here, two million women have left the workforce because of COVID-19.  "
            + "We will keep forces in the region, as he talked about, to counter terrorism.  We discussed the pandemic and COVID-19 vaccines with the governors.\n",
            "2021-04-15-briefing.txt");
        var discussed = Assert.Single(t.Positions);
        Assert.StartsWith("We discussed the pandemic", discussed.Evidence, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Article_ARelativeClauseAfterANominalCueNamesItsHolder()
    {
        var t = BriefingPipeline.Default.ParseText(
            "More support for peace in Ukraine\n\nPresident Volodymyr Zelenskyy of Ukraine needed to accept the mineral rights partnership proposal that President Donald Trump of the United States put on the table for Ukraine.\n",
            "2025-03-01-article.txt");
        var proposal = Assert.Single(t.Positions, p => p.Stance == Stance.Propose);
        Assert.Equal("United States", proposal.Actor);
    }

    [Fact]
    public void Parse_QuoteOverParagraphsAndOtherAttributions_AreAttributed()
    {
        var t = Parse("""
            Talks

            Russian Foreign Minister Sergey Lavrov spoke to reporters.

            “We have made progress on the text of the agreement,

            “and we expect the next round to settle the rest,” Lavrov said.

            According to U.S. Secretary of State Rex Tillerson, "the talks were frank and useful for both sides."

            Secretary Tillerson: “We will meet again in May in Geneva.”
            """);
        var lavrov = t.Speakers.Single(s => s.Name == "Sergey Lavrov").Id;
        var tillerson = t.Speakers.Single(s => s.Name == "Rex Tillerson").Id;
        Assert.Equal(3, t.Quotes.Count);
        Assert.Equal(("We have made progress on the text of the agreement, and we expect the next round to settle the rest", lavrov), (t.Quotes[0].Text, t.Quotes[0].Speaker));
        Assert.Equal(tillerson, t.Quotes[1].Speaker);
        Assert.Equal("the talks were frank and useful for both sides.", t.Quotes[1].Text);
        Assert.Equal(tillerson, t.Quotes[2].Speaker);
    }
}
