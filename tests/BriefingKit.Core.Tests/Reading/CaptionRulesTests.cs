// Rules the WebVTT and SubRip readers share that the example files show only in passing:
// roll-up repeats, bridge and speakerless cues, lines of spaces, colon labels, speaker tag
// lines, and the document date of timed and labelled transcripts.
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading;

public sealed class CaptionRulesTests
{
    private static Transcript Vtt(string cues) =>
        new WebVttReader().Read(new TranscriptInput(Encoding.UTF8.GetBytes("WEBVTT\n\n" + cues), "meeting.vtt"), CancellationToken.None);

    private static Transcript Srt(string text) =>
        new SrtReader().Read(new TranscriptInput(Encoding.UTF8.GetBytes(text), "meeting.srt"), CancellationToken.None);

    [Fact]
    public void RollUp_CueGrowingWordByWord_KeepsEachWordOnce()
    {
        var transcript = Vtt("00:01.000 --> 00:02.000\ngood morning\n\n00:02.000 --> 00:03.000\ngood morning everyone\n\n00:03.000 --> 00:04.000\ngood morning everyone and welcome\n");

        Assert.Equal("good morning everyone and welcome", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void RollUp_SameSentenceSaidTwiceInNormalCues_IsKept()
    {
        var transcript = Vtt("00:01.000 --> 00:02.000\n<v Ana>Thank you.</v>\n\n00:02.000 --> 00:03.000\n<v Ana>Thank you.</v>\n");

        Assert.Equal("Thank you. Thank you.", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void RollUp_RepetitionThatIsNotAWholeLine_IsKept()
    {
        var transcript = Vtt("00:01.000 --> 00:03.000\n<v Ana>we shall fight on the beaches\nand we shall fight</v>\n\n00:03.000 --> 00:05.000\n<v Ana>we shall fight in the fields</v>\n");

        Assert.Equal("we shall fight on the beaches and we shall fight we shall fight in the fields", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void RollUp_RepeatedLineByAnotherSpeaker_IsAReply()
    {
        var transcript = Vtt("00:01.000 --> 00:02.000\n<v Ana>Agreed.</v>\n\n00:02.000 --> 00:03.000\n<v Ben>Agreed.\nLet's move on.</v>\n");

        Assert.Equal(new[] { "Agreed.", "Agreed. Let's move on." }, transcript.Turns.Select(t => t.Text));
    }

    [Fact]
    public void BridgeCue_WithAnotherVoice_DoesNotSplitTheTurn()
    {
        var transcript = Vtt("00:01.000 --> 00:02.000\n<v Ana>We agree</v>\n\n00:02.000 --> 00:02.010\n<v Ben>We agree</v>\n\n00:02.010 --> 00:04.000\n<v Ana>on the budget.</v>\n");

        Assert.Equal("We agree on the budget.", Assert.Single(transcript.Turns).Text);
        Assert.Equal("Ana", Assert.Single(transcript.Speakers).Name);
        Assert.Empty(transcript.Diagnostics);
    }

    [Fact]
    public void SpeakerlessCue_BeforeAnotherSpeaker_IsItsOwnTurn()
    {
        var transcript = Srt("1\n00:00:01,000 --> 00:00:02,000\nAna Lima: We agree.\n\n2\n00:00:02,000 --> 00:00:03,000\nRight.\n\n3\n00:00:03,000 --> 00:00:04,000\nBen Okoro: Then it's settled.\n");

        Assert.Equal(new string?[] { "s1", null, "s2" }, transcript.Turns.Select(t => t.Speaker));
    }

    [Fact]
    public void ColonAfterCommonWord_EvenRecurring_IsNotASpeaker()
    {
        var transcript = Vtt("00:01.000 --> 00:03.000\nHonestly: nobody expected the vote to pass.\n\n00:05.000 --> 00:07.000\nHonestly: the margin surprised us too.\n");

        Assert.Empty(transcript.Speakers);
        Assert.StartsWith("Honestly: nobody", transcript.Turns[0].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ColonAfterCommonWordPair_OnceInAFile_IsNotASpeaker()
    {
        var transcript = Srt("1\n00:00:01,000 --> 00:00:03,000\nMaria Costa: We looked at the numbers.\n\n2\n00:00:04,000 --> 00:00:06,000\nBottom Line: the depot stays open.\n");

        Assert.Equal("Maria Costa", Assert.Single(transcript.Speakers).Name);
    }

    [Fact]
    public void SpeakerTagLineWithConfidence_InWebVtt_IsTheSpeaker()
    {
        var transcript = Vtt("00:01.000 --> 00:03.000\n[SPEAKER_01 | 0.64]\nThe reservoirs are low.\n");

        Assert.Equal("SPEAKER_01", Assert.Single(transcript.Speakers).Name);
        Assert.Equal("The reservoirs are low.", Assert.Single(transcript.Turns).Text);
    }

    [Fact]
    public void BracketedWordsAloneOnALine_AreAStageDirection()
    {
        var transcript = Vtt("00:01.000 --> 00:03.000\n[Upbeat Music]\nwelcome back to the show\n");

        Assert.Empty(transcript.Speakers);
        Assert.Equal("[Upbeat Music]", Assert.Single(transcript.Annotations).Text);
    }

    [Fact]
    public void LineOfSpaces_BeforeACueId_EndsTheCue()
    {
        var transcript = Vtt("00:01.000 --> 00:02.000\n<v Ana>Hello there.</v>\n \nintro-2\n00:02.000 --> 00:03.000\n<v Ana>Second point.</v>\n");

        Assert.Equal("Hello there. Second point.", Assert.Single(transcript.Turns).Text);
        Assert.Empty(transcript.Diagnostics);
    }

    [Fact]
    public void DateSaidByALabelledSpeaker_IsNotTheDocumentDate()
    {
        var transcript = BriefingPipeline.Default.ParseText("MS. HALE: Thanks for joining. We will meet again on March 3, 2024.\n\nMR. ORTIZ: Thank you.\n", "call.txt");

        Assert.Null(transcript.Date);
    }

    [Fact]
    public void ProseParagraphOpeningWithAPlaceAndDate_GivesTheDocumentDate()
    {
        var transcript = BriefingPipeline.Default.ParseText("Ministers agree on grain corridor\n\nGENEVA, March 9, 2023 — Ministers agreed today to extend the corridor until the spring review on May 2, 2023.\n", "grain.txt");

        Assert.Equal(new System.DateTime(2023, 3, 9), transcript.Date);
    }

    [Fact]
    public void ProseParagraphMentioningADateLater_GivesNoDocumentDate()
    {
        var transcript = BriefingPipeline.Default.ParseText("Ministers agree on grain corridor\n\nMinisters agreed today to extend the corridor until the spring review on May 2, 2023.\n", "grain.txt");

        Assert.Null(transcript.Date);
    }
}
