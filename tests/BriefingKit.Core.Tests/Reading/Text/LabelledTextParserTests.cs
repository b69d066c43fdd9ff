// Labelled text from lines to turns: joining, paragraphs, labels that start turns and lines that do not.
using System.Linq;
using System.Threading;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class LabelledTextParserTests
{
    private static TranscriptDraft Parse(params string[] lines)
    {
        var draft = new TranscriptDraft();
        LabelledTextParser.Parse(draft, lines, CancellationToken.None);
        return draft;
    }

    [Fact]
    public void Parse_HardWrappedTurn_JoinsLinesWithOneSpace()
    {
        var draft = Parse(
            "MS. PSAKI:  Hi everyone.  Okay, I have a couple of items for you at the",
            "top.  Today we are announcing the release of funds.");

        var turn = Assert.Single(draft.Turns);
        Assert.Equal("Hi everyone. Okay, I have a couple of items for you at the top. Today we are announcing the release of funds.", turn.Text);
        Assert.Equal(1, turn.Line);
        Assert.Null(turn.ParagraphLines);
    }

    [Fact]
    public void Parse_BlankLineInTurn_SeparatesParagraphs()
    {
        var draft = Parse(
            "MS. PSAKI:  First paragraph.",
            "\u00A0 ",
            "Second paragraph, which is",
            "wrapped.",
            "",
            "Q    A question?");

        Assert.Equal("First paragraph.\n\nSecond paragraph, which is wrapped.", draft.Turns[0].Text);
        Assert.Equal(new[] { 1, 3 }, draft.Turns[0].ParagraphLines!.ToArray());
    }

    [Fact]
    public void Parse_WrappedParagraphs_RecordWhereEachInputLineStarts()
    {
        var draft = Parse(
            "MS. ROE:  First paragraph.",
            "",
            "Second paragraph, which is",
            "wrapped. (Laughter.)",
            "And a third sentence.");

        var turn = Assert.Single(draft.Turns);
        Assert.Equal("First paragraph.\n\nSecond paragraph, which is wrapped. And a third sentence.", turn.Text);
        Assert.Equal(new[] { 0, -1, 18, 45, 54 }, turn.LineStarts!.ToArray());
        Assert.Equal(5, turn.LineAt(turn.Text.IndexOf("And a third", System.StringComparison.Ordinal)));
        Assert.Equal(4, turn.LineAt(turn.Text.IndexOf("wrapped", System.StringComparison.Ordinal)));
        Assert.Equal(3, turn.LineAt(turn.Text.IndexOf("which", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_WrappedLineStartingWithNameAndColon_IsNotALabel()
    {
        var draft = Parse(
            "MS. PSAKI:  We have two priorities for the meeting with the",
            "Prime Minister: climate and supply chains.",
            "",
            "Q    Thanks.",
            "",
            "MS. PSAKI:  Thank you.",
            "",
            "Q    Prime Minister: will he meet the President?");

        Assert.Equal(2, draft.Speakers.Count);
        Assert.Equal("We have two priorities for the meeting with the Prime Minister: climate and supply chains.", draft.Turns[0].Text);
    }

    [Fact]
    public void Parse_CapitalsLikeLineInsideWrappedSentence_IsNotALabel()
    {
        var draft = Parse(
            "MR PRICE:  We have been in close touch with our allies in",
            "NATO: the Secretary spoke to the Secretary General today.");

        var turn = Assert.Single(draft.Turns);
        Assert.Equal("We have been in close touch with our allies in NATO: the Secretary spoke to the Secretary General today.", turn.Text);
    }

    [Fact]
    public void Parse_MixedCaseNameUsedOnce_IsNotASpeaker()
    {
        var draft = Parse(
            "MR PRICE:  Let me read you the key passage.",
            "",
            "Lavrov: a diplomat of the old school, as the profile put it.",
            "",
            "QUESTION:  Thank you.");

        Assert.Equal(new[] { "MR PRICE", "QUESTION" }, draft.Speakers.Select(s => s.Label).ToArray());
        Assert.Equal("Let me read you the key passage.\n\nLavrov: a diplomat of the old school, as the profile put it.", draft.Turns[0].Text);
    }

    [Fact]
    public void Parse_MixedCaseNameUsedTwice_IsASpeaker()
    {
        var draft = Parse(
            "Ned Price: Good afternoon.",
            "",
            "Matt Lee: Thanks, Ned.",
            "",
            "Ned Price: Please.",
            "",
            "Matt Lee: On Russia?");

        Assert.Equal(new[] { "Ned Price", "Matt Lee" }, draft.Speakers.Select(s => s.Label).ToArray());
        Assert.Equal(4, draft.Turns.Count);
    }

    [Fact]
    public void Parse_ProseNotesBeforeTheLabels_AreNotSpeakers()
    {
        var draft = Parse(
            "Note: this transcript has been edited for length.",
            "",
            "The bottom line is this: we will respond.",
            "",
            "MR PRICE:  Good afternoon.",
            "",
            "QUESTION:  Thank you.");

        Assert.Equal(new[] { "MR PRICE", "QUESTION" }, draft.Speakers.Select(s => s.Label).ToArray());
    }

    [Fact]
    public void Parse_QAndAAfterAFullStop_IsNotAReporter()
    {
        var draft = Parse(
            "MR PRICE:  The Secretary will make brief remarks.",
            "Q and A will follow his remarks.",
            "",
            "QUESTION:  Thank you.");

        Assert.Equal(new[] { "MR PRICE", "QUESTION" }, draft.Speakers.Select(s => s.Label).ToArray());
        Assert.Equal("The Secretary will make brief remarks. Q and A will follow his remarks.", draft.Turns[0].Text);
    }

    [Fact]
    public void Parse_PressThenOfficials_QuestionThenAnswers()
    {
        var draft = Parse(
            "PRESIDENT BIDEN:  Good afternoon.",
            "",
            "MODERATOR:  First question.",
            "",
            "Q    Mr. President?",
            "",
            "PRESIDENT BIDEN:  Yes.",
            "",
            "PRIME MINISTER SUGA:  (As interpreted.)  I agree.",
            "",
            "MODERATOR:  Next question.");

        Assert.Equal(
            new[] { TurnKind.Statement, TurnKind.Statement, TurnKind.Question, TurnKind.Answer, TurnKind.Answer, TurnKind.Statement },
            draft.Turns.Select(t => t.Kind).ToArray());
        Assert.Equal("I agree.", draft.Turns[4].Text);
        Assert.Contains(draft.Annotations, a => a.Text == "(As interpreted.)" && a.Line == 9);
    }

    [Fact]
    public void Parse_TimeMarksAndEndMarks_AreAnnotations()
    {
        var draft = Parse(
            "12:52 P.M. EDT",
            "",
            "MS. PSAKI:  Thanks, everyone.",
            "",
            "END\u00A0\u00A0\u00A0\u00A0 1:40 P.M. EDT",
            "###");

        Assert.Equal("Thanks, everyone.", Assert.Single(draft.Turns).Text);
        Assert.Equal(new[] { ("12:52 P.M. EDT", 1), ("END 1:40 P.M. EDT", 5), ("###", 6) }, draft.Annotations.Select(a => (a.Text, a.Line)).ToArray());
    }

    [Fact]
    public void Parse_BareTimeEndingAWrappedSentence_StaysInTheSentence()
    {
        var draft = Parse(
            "MS. PSAKI:  The President will speak in the Rose Garden tomorrow at",
            "2:30 p.m.",
            "",
            "Q    Thank you.");

        Assert.Equal("The President will speak in the Rose Garden tomorrow at 2:30 p.m.", draft.Turns[0].Text);
        Assert.Empty(draft.Annotations);
    }

    [Fact]
    public void Parse_StageDirectionInsideWrappedTurn_AnnotatedOnItsOwnLine()
    {
        var draft = Parse(
            "SECRETARY BLINKEN:  Look, the facts speak for themselves.  What they",
            "have done there [in Syria] is to shield the regime from",
            "accountability.  [crosstalk]  Let me finish.");

        Assert.Equal("Look, the facts speak for themselves. What they have done there [in Syria] is to shield the regime from accountability. Let me finish.", draft.Turns[0].Text);
        var annotation = Assert.Single(draft.Annotations);
        Assert.Equal(("[crosstalk]", 3), (annotation.Text, annotation.Line));
    }

    [Fact]
    public void Parse_OtterLabels_GiveStartTimes()
    {
        var draft = Parse(
            "Emma  2:20",
            "Okay, so let's pick up where we left off.",
            "",
            "Daniel  2:31",
            "Right.");

        Assert.Equal(new[] { System.TimeSpan.FromSeconds(140), System.TimeSpan.FromSeconds(151) }, draft.Turns.Select(t => t.Start!.Value).ToArray());
        Assert.Equal(new[] { 1, 4 }, draft.Turns.Select(t => t.Line).ToArray());
    }

    [Fact]
    public void Parse_CongressionalRecord_IndentedLineStartsParagraphOrTurn()
    {
        var draft = Parse(
            "    The Chairman. Good morning. The committee meets today to receive",
            "testimony on the posture of European Command.",
            "    Russia has massed forces on the border of Ukraine.",
            "    Senator Inhofe.",
            "    Senator Inhofe. Thank you, Mr. Chairman.",
            "    [Whereupon, at 11:52 a.m., the hearing was",
            "adjourned.]");

        Assert.Equal(2, draft.Turns.Count);
        Assert.Equal("Good morning. The committee meets today to receive testimony on the posture of European Command.\n\nRussia has massed forces on the border of Ukraine.\n\nSenator Inhofe.", draft.Turns[0].Text);
        Assert.Equal(5, draft.Turns[1].Line);
        var note = Assert.Single(draft.Annotations);
        Assert.Equal(("[Whereupon, at 11:52 a.m., the hearing was adjourned.]", 6), (note.Text, note.Line));
    }

    [Fact]
    public void Parse_CapitalsHeadingBetweenTurns_IsAnAnnotation()
    {
        var draft = Parse(
            "    The Chairman. Senator Inhofe.",
            "",
            "                STATEMENT OF SENATOR JAMES M. INHOFE",
            "",
            "    Senator Inhofe. Thank you, Mr. Chairman.");

        Assert.Equal("Senator Inhofe.", draft.Turns[0].Text);
        Assert.Equal(("STATEMENT OF SENATOR JAMES M. INHOFE", 3), (draft.Annotations[0].Text, draft.Annotations[0].Line));
    }

    [Fact]
    public void Parse_ShoutedSentenceInsideTurn_StaysSpeech()
    {
        var draft = Parse(
            "THE PRESIDENT:  Thank you all.",
            "",
            "USA!  USA!",
            "",
            "Q    Mr. President?");

        Assert.Equal("Thank you all.\n\nUSA! USA!", draft.Turns[0].Text);
    }

    [Fact]
    public void Parse_ProceduralRecordAfterLastTurn_IsNotTheSpeakersWords()
    {
        var draft = Parse(
            "Mr. Nebenzia (Russian Federation) (spoke in Russian): We reject the",
            "accusations.",
            "",
            "The meeting rose at 1.15 p.m.");

        Assert.Equal("We reject the accusations.", Assert.Single(draft.Turns).Text);
        Assert.Equal(new[] { ("(spoke in Russian)", 1), ("The meeting rose at 1.15 p.m.", 4) }, draft.Annotations.Select(a => (a.Text, a.Line)).ToArray());
        Assert.Equal("Russian Federation", draft.Speakers[0].Affiliation);
    }

    [Fact]
    public void Parse_UnitedNationsBriefer_SpeakingOnce_IsASpeaker()
    {
        var draft = Parse(
            "The President: I give the floor to Ms. DiCarlo.",
            "",
            "Ms. DiCarlo: The Secretary-General has called for an investigation.",
            "",
            "The President: I now give the floor to the representative of the Russian Federation.",
            "",
            "Mr. Nebenzia (Russian Federation): We reject the accusations.");

        Assert.Equal(new[] { "The President", "Ms. DiCarlo", "Mr. Nebenzia" }, draft.Speakers.Select(s => s.Label).ToArray());
        Assert.Equal(4, draft.Turns.Count);
    }

    [Fact]
    public void Parse_CourtesyTitleNameUsedOnceOutsideAVerbatimRecord_IsNotASpeaker()
    {
        var draft = Parse(
            "MR PRICE:  As the Ambassador wrote:",
            "",
            "Mr. Lavrov: the one who said no.",
            "",
            "QUESTION:  Thank you.");

        Assert.Equal(2, draft.Speakers.Count);
    }

    [Fact]
    public void Parse_HeaderBlock_LinesAreSeparateAndWrappedTitleIsJoined()
    {
        var draft = Parse(
            "Remarks by President Biden and President Yoon Suk Yeol of the Republic",
            "of Korea in Joint Press Conference",
            "",
            "People's House",
            "Seoul, Republic of Korea",
            "Washington, D.C.",
            "",
            "PRESIDENT YOON:  (As interpreted.)  Good afternoon.  I warmly welcome",
            "President Biden on his first visit to Korea.");

        Assert.Equal("Remarks by President Biden and President Yoon Suk Yeol of the Republic of Korea in Joint Press Conference", draft.Title);
        Assert.Equal(new[] { "People's House", "Seoul, Republic of Korea", "Washington, D.C.", "(As interpreted.)" }, draft.Annotations.Select(a => a.Text).ToArray());
        Assert.Equal("Good afternoon. I warmly welcome President Biden on his first visit to Korea.", Assert.Single(draft.Turns).Text);
    }

    [Fact]
    public void Parse_DatelineWithTimeInHeader_GivesDate()
    {
        var draft = Parse(
            "Security Council",
            "9011th meeting",
            "Tuesday, 5 April 2022, 10 a.m.",
            "New York",
            "",
            "The President: I give the floor to Ms. DiCarlo.",
            "",
            "The President: I thank Ms. DiCarlo.");

        Assert.Equal(new System.DateTime(2022, 4, 5), draft.Date);
    }

    [Fact]
    public void Parse_LineBrokenAfterCompoundHyphen_JoinsWithoutSpace()
    {
        var draft = Parse(
            "The President: I invite Ms. Rosemary DiCarlo, Under-Secretary-",
            "General for Political Affairs.  We need COVID-",
            "19 data -- and more -",
            "now.",
            "",
            "The President: Thank you.");

        Assert.Equal("I invite Ms. Rosemary DiCarlo, Under-Secretary-General for Political Affairs. We need COVID-19 data -- and more - now.", draft.Turns[0].Text);
    }

    [Fact]
    public void Parse_LabelWithoutSpeech_IsReportedNotATurn()
    {
        var draft = Parse(
            "MS. PSAKI:",
            "",
            "Q    Hello?");

        Assert.Equal("Hello?", Assert.Single(draft.Turns).Text);
        var diagnostic = Assert.Single(draft.Diagnostics);
        Assert.Equal((DiagnosticSeverity.Info, 1), (diagnostic.Severity, diagnostic.Line));
    }

    [Fact]
    public void Parse_InaudibleQuestion_ReplyIsAnAnswer()
    {
        var draft = Parse(
            "QUESTION: (Off-mike.)",
            "",
            "MR PRICE: We'll have more on that later this week.");

        var turn = Assert.Single(draft.Turns);
        Assert.Equal(TurnKind.Answer, turn.Kind);
        Assert.Equal(("(Off-mike.)", 1), (draft.Annotations[0].Text, draft.Annotations[0].Line));
    }

    [Fact]
    public void Parse_BracketedNoteNeverClosed_WarnsAndKeepsIt()
    {
        var draft = Parse(
            "MS. PSAKI:  Thanks.",
            "[Whereupon, at 11:52 a.m., the hearing was",
            "adjourned.");

        Assert.Equal("Thanks.", Assert.Single(draft.Turns).Text);
        Assert.Equal(("[Whereupon, at 11:52 a.m., the hearing was adjourned.", 2), (draft.Annotations[0].Text, draft.Annotations[0].Line));
        Assert.Contains(draft.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Line == 2);
    }

    [Fact]
    public void Parse_SameSpeakerDifferentSpelling_IsOneSpeaker()
    {
        var draft = Parse(
            "MS. PSAKI:  One.",
            "",
            "Q    Two?",
            "",
            "MS PSAKI:  Three.");

        Assert.Equal(2, draft.Speakers.Count);
        Assert.Equal(draft.Turns[0].Speaker, draft.Turns[2].Speaker);
    }

    [Fact]
    public void Parse_CapitalsHeadingWithColon_IsNotASpeaker()
    {
        var draft = Parse(
            "MR PRICE:  Let me read the statement.",
            "",
            "THE ALLIANCE: FORGING A FREE AND OPEN INDO-PACIFIC",
            "",
            "The Alliance is unwavering.",
            "",
            "QUESTION:  Thank you.");

        Assert.Equal(new[] { "MR PRICE", "QUESTION" }, draft.Speakers.Select(s => s.Label).ToArray());
        Assert.Contains(draft.Annotations, a => a.Text == "THE ALLIANCE: FORGING A FREE AND OPEN INDO-PACIFIC" && a.Line == 3);
    }

    [Fact]
    public void Parse_TranscriptAllInCapitals_KeepsItsLabels()
    {
        var draft = Parse(
            "MR. SMITH: GOOD AFTERNOON, EVERYONE. THANK YOU FOR COMING.",
            "",
            "QUESTION: WHAT ABOUT THE SANCTIONS ON RUSSIA?",
            "",
            "MR. SMITH: WE WILL HAVE MORE TO SAY TOMORROW.");

        Assert.Equal(new[] { "MR. SMITH", "QUESTION" }, draft.Speakers.Select(s => s.Label).ToArray());
        Assert.Equal(3, draft.Turns.Count);
    }

    [Theory]
    [InlineData(new[] { "THE PRESIDENT:  Good afternoon.", "", "It is time to end the war." }, true)]
    [InlineData(new[] { "MS. PSAKI:  Hi.", "", "Q    Hello?" }, true)]
    [InlineData(new[] { "The talks went well.", "", "THE ALLIANCE: FORGING A FREE AND OPEN INDO-PACIFIC", "", "More text." }, false)]
    [InlineData(new[] { "The talks went well.", "", "THE SCHEDULE:", "", "More text." }, false)]
    [InlineData(new[] { "Note: the talks went well.", "", "Secretary Tillerson said it was a low point." }, false)]
    public void LooksLabelled_OneLabelNeedsSpeechAfterIt(string[] lines, bool labelled)
    {
        Assert.Equal(labelled, LabelledTextParser.LooksLabelled(lines, 400));
    }

    [Fact]
    public void CountLabels_ProseWithColons_FindsNone()
    {
        var lines = new[]
        {
            "Note: this article was updated.",
            "The bottom line is this: the talks failed.",
            "Secretary Tillerson said the relationship is at a low point.",
        };

        Assert.Equal(0, LabelledTextParser.CountLabels(lines, 400));
    }
}
