// What is not speech: stage directions, time marks, end marks, procedural records, editorial notes.
using System.Collections.Generic;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class StageDirectionsTests
{
    [Theory]
    [InlineData("Laughter.")]
    [InlineData("laughs")]
    [InlineData("Applause.")]
    [InlineData("inaudible")]
    [InlineData("inaudible 00:03:10")]
    [InlineData("crosstalk")]
    [InlineData("Cross-talk.")]
    [InlineData("As interpreted.")]
    [InlineData("As interpreted")]
    [InlineData("Via interpreter")]
    [InlineData("spoke in Russian")]
    [InlineData("Audio cuts out.")]
    [InlineData("Off-mike.")]
    [InlineData("off mike")]
    [InlineData("Off-microphone.")]
    [InlineData("Applauds.")]
    [InlineData("Whereupon, at 11:52 a.m., the hearing was adjourned.")]
    [InlineData("The briefing was concluded at 2:59 p.m.")]
    [InlineData("The meeting rose at 1.15 p.m.")]
    public void IsStageDirection_RoomNotSpeech_IsTrue(string inner)
    {
        Assert.True(StageDirections.IsStageDirection(inner));
    }

    [Theory]
    [InlineData("in Syria")]
    [InlineData("sic")]
    [InlineData("JCPOA")]
    [InlineData("and there will be more")]
    [InlineData("senior administration official")]
    [InlineData("Russian Federation")]
    [InlineData("United States of America")]
    [InlineData("laughable")]
    [InlineData("")]
    public void IsStageDirection_EditorialInsertionOrSpeech_IsFalse(string inner)
    {
        Assert.False(StageDirections.IsStageDirection(inner));
    }

    [Theory]
    [InlineData("(Laughter.)")]
    [InlineData("[crosstalk]")]
    [InlineData("(As interpreted.)")]
    [InlineData("12:52 P.M. EDT")]
    [InlineData("END 1:40 P.M. EDT")]
    [InlineData("END                1:40 P.M. EDT")]
    [InlineData("5:05 P.M. KST")]
    [InlineData("11:02 A.M. (Local)")]
    [InlineData("2:13 p.m. EDT")]
    [InlineData("###")]
    [InlineData("# # #")]
    [InlineData("END")]
    [InlineData("- END -")]
    [InlineData("[END]")]
    [InlineData("(The briefing was concluded at 2:59 p.m.)")]
    [InlineData("[Senate Hearing 117-250]")]
    [InlineData("[From the U.S. Government Publishing Office]")]
    [InlineData("Transcribed by https://otter.ai")]
    public void IsAnnotationLine_NotSpeech_IsTrue(string line)
    {
        Assert.True(StageDirections.IsAnnotationLine(line));
    }

    [Theory]
    [InlineData("(and there will be more)")]
    [InlineData("[in Syria] is where it happened.")]
    [InlineData("2:30 p.m. tomorrow, in the Rose Garden.")]
    [InlineData("Q    Thank you.")]
    [InlineData("The meeting was productive.")]
    [InlineData("Transcribed by hand from the tape, the notes say otherwise.")]
    [InlineData("")]
    public void IsAnnotationLine_Speech_IsFalse(string line)
    {
        Assert.False(StageDirections.IsAnnotationLine(line));
    }

    [Theory]
    [InlineData("2:30 p.m.", "The President will speak in the Rose Garden tomorrow at", true)]
    [InlineData("10:00", "The vote is scheduled for", true)]
    [InlineData("2:30 p.m.", "Thanks, everyone.", false)]
    [InlineData("2:30 p.m.", null, false)]
    [InlineData("12:52 P.M. EDT", "The President will speak tomorrow at", false)]
    [InlineData("END 1:40 P.M. EDT", "and we will see you", false)]
    public void ContinuesSentence_BareTimeAfterOpenSentence_IsSpeech(string line, string? previous, bool continues)
    {
        Assert.Equal(continues, StageDirections.ContinuesSentence(line, previous));
    }

    [Theory]
    [InlineData("The meeting rose at 1.15 p.m.", true)]
    [InlineData("The meeting was called to order at 10.05 a.m.", true)]
    [InlineData("The meeting was suspended at 11.50 a.m. and resumed at 12.10 p.m.", true)]
    [InlineData("The committee met, pursuant to notice, at 9:30 a.m. in room SD-G50, Dirksen Senate Office Building, Senator Jack Reed (chairman) presiding.", true)]
    [InlineData("The agenda was adopted.", true)]
    [InlineData("The meeting ended with an agreement to meet again in June.", false)]
    [InlineData("The call lasted about an hour.", false)]
    [InlineData("The President will meet with the Prime Minister at 2:30 p.m.", false)]
    public void IsProceduralNote_Paragraph_OnlyRecordsOfProcedure(string paragraph, bool procedural)
    {
        Assert.Equal(procedural, StageDirections.IsProceduralNote(paragraph));
    }

    [Fact]
    public void Remove_DirectionsInSpeech_RemovedWithTheirPositionAndInsertionsKept()
    {
        var removed = new List<(string Text, int Index)>();

        var text = StageDirections.Remove("What they have done there [in Syria] is clear. [crosstalk] Let me finish (laughs).", removed);

        Assert.Equal("What they have done there [in Syria] is clear.   Let me finish  .", text);
        Assert.Equal(new[] { ("[crosstalk]", 47), ("(laughs)", 73) }, removed);
    }

    [Theory]
    [InlineData("I mean, not a question \u2014 (laughs) \u2014 recognize someone.", "I mean, not a question \u2014 recognize someone.")]
    [InlineData("The talks will go on -- (laughter) -- whatever you heard.", "The talks will go on -- whatever you heard.")]
    [InlineData("It was \u2013 (applause) \u2013 a good day.", "It was \u2013 a good day.")]
    [InlineData("We said no \u2014 (laughter)", "We said no \u2014")]
    [InlineData("(laughter) \u2014 and then", "\u2014 and then")]
    [InlineData("first \u2014 (laughter) -- second", "first \u2014 -- second")]
    [InlineData("a \u2014 [in Syria] \u2014 b", "a \u2014 [in Syria] \u2014 b")]
    public void Remove_AsideBetweenDashes_LeavesOneDash(string text, string cleaned)
    {
        var removed = new List<(string Text, int Index)>();

        Assert.Equal(cleaned, TextLines.Normalize(StageDirections.Remove(text, removed)));
    }

    [Fact]
    public void Remove_NoBrackets_ReturnsTextUnchanged()
    {
        var removed = new List<(string Text, int Index)>();

        Assert.Equal("Thank you.", StageDirections.Remove("Thank you.", removed));
        Assert.Empty(removed);
    }

    [Theory]
    [InlineData("[Whereupon, at 11:52 a.m., the hearing was", true)]
    [InlineData("(Whereupon, the meeting was", true)]
    [InlineData("[in Syria, where", false)]
    [InlineData("[Whereupon, at 11:52 a.m., the hearing was adjourned.]", false)]
    public void OpensMultiLineNote_BracketLeftOpen_OnlyForDirections(string line, bool opens)
    {
        Assert.Equal(opens, StageDirections.OpensMultiLineNote(line));
    }
}
