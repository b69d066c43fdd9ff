// The label conventions of SPEC §3, one line at a time, and lines that look like labels but are not.
using System;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class SpeakerLabelMatcherTests
{
    [Theory]
    [InlineData("MR PRICE: Good afternoon.", "MR PRICE", "Good afternoon.")]
    [InlineData("MS. PSAKI:  Hi everyone.", "MS. PSAKI", "Hi everyone.")]
    [InlineData("MS. PSAKI:\u00A0 Hi everyone.", "MS. PSAKI", "Hi everyone.")]
    [InlineData("SECRETARY TILLERSON: Well, thank you.", "SECRETARY TILLERSON", "Well, thank you.")]
    [InlineData("QUESTION: Thank you, Ned.", "QUESTION", "Thank you, Ned.")]
    [InlineData("PRESIDENT YOON:  (As interpreted.)  Good afternoon.", "PRESIDENT YOON", "(As interpreted.)  Good afternoon.")]
    [InlineData("SECRETARY McDONOUGH:  Thanks, Jen.", "SECRETARY McDONOUGH", "Thanks, Jen.")]
    [InlineData("GOVERNOR DeSANTIS: Thank you.", "GOVERNOR DeSANTIS", "Thank you.")]
    [InlineData("SENIOR ADMINISTRATION OFFICIAL:  Thanks, everyone.", "SENIOR ADMINISTRATION OFFICIAL", "Thanks, everyone.")]
    [InlineData("THE PRESIDENT:", "THE PRESIDENT", "")]
    public void Match_CapitalsLabel_GivesLabelAndSpeech(string line, string label, string rest)
    {
        var match = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(match);
        Assert.Equal(LabelStyle.Capitals, match!.Style);
        Assert.Equal(label, match.Label);
        Assert.Equal(rest, match.Rest);
    }

    [Theory]
    [InlineData("Q    Thanks, Jen.", "Thanks, Jen.")]
    [InlineData("Q\u00A0 \u00A0 \u00A0 Thanks, Jen.", "Thanks, Jen.")]
    [InlineData("Q: Thank you.", "Thank you.")]
    [InlineData("Q. Thank you.", "Thank you.")]
    [InlineData("Q", "")]
    public void Match_QuestionMark_IsReporter(string line, string rest)
    {
        var match = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(match);
        Assert.Equal("Q", match!.Label);
        Assert.Equal(rest, match.Rest);
        Assert.Equal(SpeakerKind.Press, LabelNames.KindOf(match.Label));
    }

    [Theory]
    [InlineData("Mr. Nebenzia (Russian Federation) (spoke in Russian): We reject the", "Mr. Nebenzia", "Russian Federation", "spoke in Russian", "We reject the")]
    [InlineData("Mrs. Thomas-Greenfield (United States of America): Thank you, Madam", "Mrs. Thomas-Greenfield", "United States of America", null, "Thank you, Madam")]
    [InlineData("Mr. Zhang Jun (China) (spoke in Chinese):", "Mr. Zhang Jun", "China", "spoke in Chinese", "")]
    [InlineData("The President (spoke in French): I give the floor", "The President", null, "spoke in French", "I give the floor")]
    public void Match_UnitedNationsLabel_SplitsDelegationAndNote(string line, string label, string? affiliation, string? note, string rest)
    {
        var match = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(match);
        Assert.Equal(LabelStyle.UnitedNations, match!.Style);
        Assert.Equal(label, match.Label);
        Assert.Equal(affiliation, match.Affiliation);
        Assert.Equal(note, match.Note);
        Assert.Equal(rest, match.Rest);
    }

    [Theory]
    [InlineData("    Senator Reed. Thank you, Mr. Chairman.", "Senator Reed", "Thank you, Mr. Chairman.")]
    [InlineData("    The Chairman. The committee will come to order.", "The Chairman", "The committee will come to order.")]
    [InlineData("    General Wolters. Thank you, Chairman Reed.", "General Wolters", "Thank you, Chairman Reed.")]
    [InlineData("    Ms. Jackson Lee. I yield back.", "Ms. Jackson Lee", "I yield back.")]
    public void Match_IndentedCongressionalLabel_GivesSpeaker(string line, string label, string rest)
    {
        var match = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(match);
        Assert.Equal(LabelStyle.Congressional, match!.Style);
        Assert.Equal(label, match.Label);
        Assert.Equal(rest, match.Rest);
    }

    [Theory]
    [InlineData("Ned Price: (00:00)", "Ned Price", 0, "")]
    [InlineData("Ned Price (00:12):", "Ned Price", 12, "")]
    [InlineData("Jen Psaki (01:02:05):", "Jen Psaki", 3725, "")]
    [InlineData("Speaker 3: (00:41) Can you say more?", "Speaker 3", 41, "Can you say more?")]
    [InlineData("Emma  2:20", "Emma", 140, "")]
    [InlineData("Unknown Speaker  1:02:03", "Unknown Speaker", 3723, "")]
    [InlineData("Ana de la Cruz  0:45", "Ana de la Cruz", 45, "")]
    public void Match_TimedLabel_GivesStart(string line, string label, int seconds, string rest)
    {
        var match = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(match);
        Assert.Equal(LabelStyle.Timed, match!.Style);
        Assert.Equal(label, match.Label);
        Assert.Equal(TimeSpan.FromSeconds(seconds), match.Start);
        Assert.Equal(rest, match.Rest);
    }

    [Theory]
    [InlineData("Ned Price: Good afternoon, everyone.", "Ned Price")]
    [InlineData("Speaker 1: Hello there.", "Speaker 1")]
    [InlineData("The President: I now give the floor.", "The President")]
    [InlineData("Ms. DiCarlo: The Secretary-General has called for an investigation.", "Ms. DiCarlo")]
    public void Match_MixedCaseLabel_IsWeak(string line, string label)
    {
        var match = SpeakerLabelMatcher.Match(line);

        Assert.NotNull(match);
        Assert.Equal(LabelStyle.MixedCase, match!.Style);
        Assert.Equal(label, match.Label);
    }

    [Theory]
    [InlineData("Note: this transcript has been edited for length.")]
    [InlineData("NOTE: Transcript begins.")]
    [InlineData("Update: The call has ended.")]
    [InlineData("Editor's note: an earlier version misstated the date.")]
    [InlineData("CORRECTION: An earlier version misspelled a name.")]
    [InlineData("NOTE TO EDITORS: Embargoed until delivery.")]
    [InlineData("The bottom line is this: we will respond.")]
    [InlineData("The bottom line: we will respond.")]
    [InlineData("And then, another one on foreign policy: With the Russia decision,")]
    [InlineData("One more scheduling update: President Biden looks forward to welcoming")]
    [InlineData("Also, an update on our COVID-19 vaccination progress: Today we reported")]
    [InlineData("12:52 P.M. EDT")]
    [InlineData("END 1:40 P.M. EDT")]
    [InlineData("END                1:40 P.M. EDT")]
    [InlineData("2:30 p.m.")]
    [InlineData("11:02 A.M. (Local)")]
    [InlineData("Thursday  10:30")]
    [InlineData("Q and A will follow his remarks.")]
    [InlineData("Q&A: what the sanctions mean")]
    [InlineData("Senator Reed. Thank you.")]
    [InlineData("    The committee will come to order.")]
    [InlineData("(Laughter.)")]
    [InlineData("###")]
    [InlineData("")]
    public void Match_LineThatOnlyLooksLikeALabel_IsNotALabel(string line)
    {
        Assert.Null(SpeakerLabelMatcher.Match(line));
    }

    [Fact]
    public void Match_VeryLongLine_IsNotALabel()
    {
        Assert.Null(SpeakerLabelMatcher.Match("MR PRICE: " + new string('x', 5000)));
    }

    [Theory]
    [InlineData("MS. PSAKI", "Ms. Psaki")]
    [InlineData("SECRETARY TILLERSON", "Secretary Tillerson")]
    [InlineData("SECRETARY McDONOUGH", "Secretary McDonough")]
    [InlineData("PRIME MINISTER SUGA", "Prime Minister Suga")]
    [InlineData("SECRETARY OF STATE BLINKEN", "Secretary of State Blinken")]
    [InlineData("MS. JEAN-PIERRE", "Ms. Jean-Pierre")]
    [InlineData("MR. O'BRIEN", "Mr. O'Brien")]
    [InlineData("Q", "Reporter")]
    [InlineData("QUESTION", "Reporter")]
    [InlineData("Ned Price", "Ned Price")]
    [InlineData("Mr. Nebenzia", "Mr. Nebenzia")]
    public void DisplayName_Label_IsReadable(string label, string name)
    {
        Assert.Equal(name, LabelNames.DisplayName(label));
    }

    [Theory]
    [InlineData("Q", SpeakerKind.Press)]
    [InlineData("QUESTION", SpeakerKind.Press)]
    [InlineData("AUDIENCE MEMBER", SpeakerKind.Press)]
    [InlineData("MODERATOR", SpeakerKind.Moderator)]
    [InlineData("THE OPERATOR", SpeakerKind.Moderator)]
    [InlineData("INTERPRETER", SpeakerKind.Interpreter)]
    [InlineData("MS. PSAKI", SpeakerKind.Unknown)]
    public void KindOf_Label_GivesSpeakerKind(string label, SpeakerKind kind)
    {
        Assert.Equal(kind, LabelNames.KindOf(label));
    }

    [Theory]
    [InlineData("MS. PSAKI", "Ms Psaki")]
    [InlineData("SECRETARY McDONOUGH", "Secretary Mcdonough")]
    [InlineData("Thomas-Greenfield", "THOMAS GREENFIELD")]
    public void Key_SpellingsOfOneLabel_AreOneSpeaker(string a, string b)
    {
        Assert.Equal(LabelKey.Of(a), LabelKey.Of(b));
    }
}
