// Transcripts laid out as Word tables (one row per turn: speaker, time, text in some order),
// built in code and validated; and tables that are ordinary content, which must stay content.
using System;
using System.Linq;
using BriefingKit.Reading;
using BriefingKit.Word.Reading.Docx;
using BriefingKit.Word.Tests.Support;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Tests.Reading.Docx;

public sealed class DocxTableTranscriptTests
{
    private static readonly BriefingPipeline Pipeline = BriefingPipelineBuilder.CreateDefault().AddDocxReader().Build();

    private static Transcript Parse(params OpenXmlElement[] body) =>
        Pipeline.Parse(new TranscriptInput(DocxFixture.CreateValid(body), "transcript.docx"));

    private static string[] Row(params string[] cells) => cells;

    private static string? LabelOf(Transcript transcript, string? id) =>
        id is null ? null : transcript.Speakers.Single(s => s.Id == id).Label;

    /// <summary>Each turn as "label | start | text | line" (start as m:ss, or "-").</summary>
    private static string[] Turns(Transcript transcript) =>
        transcript.Turns.Select(t => $"{LabelOf(transcript, t.Speaker) ?? "-"} | {(t.Start is { } s ? s.ToString(@"m\:ss", System.Globalization.CultureInfo.InvariantCulture) : "-")} | {t.Text} | {t.Line}").ToArray();

    private static Diagnostic[] TableWarnings(Transcript transcript) =>
        transcript.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("table", StringComparison.OrdinalIgnoreCase)).ToArray();

    [Fact]
    public void DocxTranscriptReader_Read_TableSpeakerTimeTextWithHeaderRow()
    {
        var transcript = Parse(
            DocxFixture.Paragraph("Interview with Deputy Minister Clara Voss"),
            DocxFixture.Paragraph("4 June 2024"),
            DocxFixture.Table(
                Row("Speaker", "Time", "Transcript"),
                Row("Interviewer", "00:00:04", "Deputy Minister, thank you for joining us. Where do the grain talks stand this week?"),
                Row("Clara Voss", "00:00:11", "We are close. Both delegations accepted the inspection schedule on Tuesday."),
                Row("Clara Voss", "00:00:19", "What remains is the insurance question for ships leaving the southern ports."),
                Row("Interviewer", "00:00:27", "Will that be settled before the summit?"),
                Row("Clara Voss", "00:00:31", "I expect so, yes.")));

        Assert.Equal(TranscriptFormat.Docx, transcript.Format);
        Assert.Equal("Interview with Deputy Minister Clara Voss", transcript.Title);
        Assert.Equal(new DateTime(2024, 6, 4), transcript.Date);
        Assert.Equal(
            new[]
            {
                "Interviewer | 0:04 | Deputy Minister, thank you for joining us. Where do the grain talks stand this week? | 6",
                "Clara Voss | 0:11 | We are close. Both delegations accepted the inspection schedule on Tuesday. What remains is the insurance question for ships leaving the southern ports. | 9",
                "Interviewer | 0:27 | Will that be settled before the summit? | 15",
                "Clara Voss | 0:31 | I expect so, yes. | 18",
            },
            Turns(transcript));
        Assert.DoesNotContain(transcript.Speakers, s => s.Label is "Speaker" or "Time" or "Transcript");
        Assert.Empty(TableWarnings(transcript));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableTimeSpeakerTextWithoutHeader()
    {
        var transcript = Parse(DocxFixture.Table(
            Row("0:02", "Marta Lind", "Good afternoon. Let's start with the fisheries quota, since Oslo sent new figures last night."),
            Row("0:15", "Jonas Berg", "The figures are lower than we hoped, about eight percent below last year."),
            Row("0:24", "Marta Lind", "Then we should ask for a review before signing anything."),
            Row("0:31", "Jonas Berg", "Agreed. I'll draft the letter today.")));

        Assert.Equal(
            new[]
            {
                "Marta Lind | 0:02 | Good afternoon. Let's start with the fisheries quota, since Oslo sent new figures last night. | 1",
                "Jonas Berg | 0:15 | The figures are lower than we hoped, about eight percent below last year. | 4",
                "Marta Lind | 0:24 | Then we should ask for a review before signing anything. | 7",
                "Jonas Berg | 0:31 | Agreed. I'll draft the letter today. | 10",
            },
            Turns(transcript));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableSpeakerTextWithContinuationRows()
    {
        var transcript = Parse(DocxFixture.Table(
            Row("HOST", "Welcome back to Policy Hour. With me is Ambassador Ruth Okafor."),
            Row("OKAFOR", "Thank you for having me."),
            Row("HOST", "Ambassador, the ceasefire has held for nine days now. Is it durable?"),
            Row("OKAFOR", "It is fragile. Both sides have pulled heavy weapons back, but the monitors are still not in place."),
            Row("", "We need them on the ground within the week."),
            Row("HOST", "And if they are not?"),
            Row("OKAFOR", "Then I fear we will be back where we started.")));

        Assert.Equal(
            new[]
            {
                "HOST | - | Welcome back to Policy Hour. With me is Ambassador Ruth Okafor. | 1",
                "OKAFOR | - | Thank you for having me. | 3",
                "HOST | - | Ambassador, the ceasefire has held for nine days now. Is it durable? | 5",
                "OKAFOR | - | It is fragile. Both sides have pulled heavy weapons back, but the monitors are still not in place. We need them on the ground within the week. | 7",
                "HOST | - | And if they are not? | 11",
                "OKAFOR | - | Then I fear we will be back where we started. | 13",
            },
            Turns(transcript));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableBracketedTimesAndColonAfterName()
    {
        var transcript = Parse(DocxFixture.Table(
            Row("Name", "Timestamp", "Text"),
            Row("Dr. Ines Moreau:", "[00:01:05]", "The vaccine shipments to the northern provinces arrived on schedule."),
            Row("Paul Grant:", "[00:01:12]", "How many doses in total?"),
            Row("Dr. Ines Moreau:", "[00:01:15]", "Just over two hundred thousand, with a second delivery due in March.")));

        Assert.Equal(
            new[]
            {
                "Dr. Ines Moreau | 1:05 | The vaccine shipments to the northern provinces arrived on schedule. | 4",
                "Paul Grant | 1:12 | How many doses in total? | 7",
                "Dr. Ines Moreau | 1:15 | Just over two hundred thousand, with a second delivery due in March. | 10",
            },
            Turns(transcript));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableTimeInSpeakerCell()
    {
        var transcript = Parse(DocxFixture.Table(
            Row("Emma Ruiz (00:00:12)", "Can everyone see the draft communiqué?"),
            Row("Tom Hale (00:00:18)", "Yes. Paragraph four still says 'welcomes' where we agreed on 'notes'."),
            Row("Emma Ruiz (00:00:26)", "Good catch, I'll fix it.")));

        Assert.Equal(
            new[]
            {
                "Emma Ruiz | 0:12 | Can everyone see the draft communiqué? | 1",
                "Tom Hale | 0:18 | Yes. Paragraph four still says 'welcomes' where we agreed on 'notes'. | 3",
                "Emma Ruiz | 0:26 | Good catch, I'll fix it. | 5",
            },
            Turns(transcript));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableStartEndSpeakerText()
    {
        var transcript = Parse(DocxFixture.Table(
            Row("Start", "End", "Speaker", "Text"),
            Row("00:00:00", "00:00:06", "Speaker 1", "Thanks for calling in. Can you tell us what happened at the border crossing?"),
            Row("00:00:06", "00:00:14", "Speaker 2", "We waited eleven hours. The officers said the new customs system was down."),
            Row("00:00:14", "00:00:17", "Speaker 1", "Was anyone given a reason in writing?"),
            Row("00:00:17", "00:00:22", "Speaker 2", "No, nothing in writing.")));

        Assert.Equal(
            new[]
            {
                "Speaker 1 | 0:00 | Thanks for calling in. Can you tell us what happened at the border crossing? | 5",
                "Speaker 2 | 0:06 | We waited eleven hours. The officers said the new customs system was down. | 9",
                "Speaker 1 | 0:14 | Was anyone given a reason in writing? | 13",
                "Speaker 2 | 0:17 | No, nothing in writing. | 17",
            },
            Turns(transcript));
        Assert.Equal(TimeSpan.FromSeconds(22), transcript.Turns[3].End);
    }

    [Fact]
    public void DocxTranscriptReader_Read_TranscriptInTwoTables()
    {
        var transcript = Parse(
            DocxFixture.Paragraph("Press availability, Vienna"),
            DocxFixture.Table(
                Row("MODERATOR", "We'll take two questions."),
                Row("QUESTION", "Minister, will the talks resume next month?"),
                Row("MINISTER HALVORSEN", "We hope so. The technical teams meet again on the twelfth.")),
            DocxFixture.Paragraph("(Recording resumes after a break.)"),
            DocxFixture.Table(
                Row("QUESTION", "And sanctions relief?"),
                Row("MINISTER HALVORSEN", "That is not on the table until verification is complete."),
                Row("MODERATOR", "Thank you all.")));

        Assert.Equal("Press availability, Vienna", transcript.Title);
        Assert.Equal(new[] { "MODERATOR | 2", "QUESTION | 4", "MINISTER HALVORSEN | 6", "QUESTION | 9", "MINISTER HALVORSEN | 11", "MODERATOR | 13" },
            transcript.Turns.Select(t => LabelOf(transcript, t.Speaker) + " | " + t.Line));
        Assert.Contains(transcript.Annotations, a => a.Text == "(Recording resumes after a break.)" && a.Line == 8);
    }

    [Fact]
    public void DocxTranscriptReader_Read_DataTableInReadoutStaysContent()
    {
        var transcript = Parse(
            DocxFixture.Paragraph("Readout of the Donor Coordination Meeting"),
            DocxFixture.Paragraph("The Ministry of Development hosted partners on Monday to coordinate support for flood recovery in the delta region. Minister Anja Keller said the first priority is clean water for the displaced families."),
            DocxFixture.Paragraph("Partners announced the following pledges:"),
            DocxFixture.Table(
                Row("Partner", "Pledge"),
                Row("Japan", "$40 million for water treatment"),
                Row("European Union", "$25 million for housing repairs"),
                Row("Japan", "Technical teams for dam inspection")),
            DocxFixture.Paragraph("Minister Keller thanked the partners and said a follow-up meeting would be held in April to review progress on the ground."));

        Assert.DoesNotContain(transcript.Speakers, s => s.Label is "Japan" or "European Union" or "Partner");
        Assert.Contains(transcript.Turns, t => t.Text.Contains("clean water", StringComparison.Ordinal));
        Assert.Empty(TableWarnings(transcript));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableNotUnderstoodWarnsWithPosition()
    {
        var transcript = Parse(
            DocxFixture.Paragraph("Management meeting minutes"),
            DocxFixture.Table(
                Row("Item", "Discussion", "Action"),
                Row("1. Budget", "The second quarter spending is four percent over plan, mostly on travel.", "Finance to circulate revised figures by Friday."),
                Row("2. Staffing", "Two analyst posts remain vacant after the hiring freeze was lifted.", "HR to advertise both posts this month."),
                Row("3. Premises", "The lease on the annex ends in September and the landlord wants a longer term.", "Legal to review the draft lease.")));

        var warning = Assert.Single(TableWarnings(transcript));
        Assert.Equal(2, warning.Line);
        Assert.Contains("table 1", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(transcript.Speakers, s => s.Label is "Item" or "Discussion" or "Action" or "1. Budget");
    }

    [Fact]
    public void DocxTranscriptReader_Read_AttendeeTableBesideTranscriptTableWarns()
    {
        var transcript = Parse(
            DocxFixture.Paragraph("Trade committee hearing"),
            DocxFixture.Paragraph("Attendees"),
            DocxFixture.Table(
                Row("Emma Ruiz", "Ministry of Finance"),
                Row("Tom Hale", "Chamber of Commerce"),
                Row("Lena Park", "Port Authority")),
            DocxFixture.Table(
                Row("Speaker", "Time", "Text"),
                Row("Emma Ruiz", "0:05", "The committee will come to order. We are here to review the new tariff schedule for imported steel and aluminium."),
                Row("Tom Hale", "0:21", "Thank you, Chair. Our members support the schedule but ask for a six-month phase-in, because many contracts were signed at the old rates."),
                Row("Emma Ruiz", "0:40", "Ms. Park, can the port handle the inspections that the schedule requires?"),
                Row("Lena Park", "0:48", "Not with current staff. We would need about twenty more inspectors, and training takes three months.")));

        Assert.Equal(new[] { "Emma Ruiz | 12", "Tom Hale | 15", "Emma Ruiz | 18", "Lena Park | 21" },
            transcript.Turns.Select(t => LabelOf(transcript, t.Speaker) + " | " + t.Line));
        var warning = Assert.Single(TableWarnings(transcript));
        Assert.Equal(3, warning.Line);
        Assert.Contains("table 1", warning.Message, StringComparison.Ordinal);
        Assert.Equal("Trade committee hearing", transcript.Title);
        Assert.Equal(new[] { "Attendees", "Emma Ruiz", "Ministry of Finance" }, transcript.Annotations.Take(3).Select(a => a.Text));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TableRowWithoutSpeakerNameWarnsAndContinues()
    {
        var transcript = Parse(DocxFixture.Table(
            Row("Speaker", "Text"),
            Row("Emma Ruiz", "The convoy left the capital at dawn."),
            Row("Tom Hale", "Did it reach the border?"),
            Row("(inaudible, several voices).", "It did, just before noon."),
            Row("Emma Ruiz", "Then we can brief the minister.")));

        Assert.Equal(new[] { "Emma Ruiz | 3", "Tom Hale | 5", "Emma Ruiz | 9" }, transcript.Turns.Select(t => LabelOf(transcript, t.Speaker) + " | " + t.Line));
        Assert.Equal("Did it reach the border? It did, just before noon.", transcript.Turns[1].Text);
        var warning = Assert.Single(TableWarnings(transcript));
        Assert.Equal(7, warning.Line);
        Assert.DoesNotContain(transcript.Speakers, s => s.Label!.StartsWith("(", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:01:05", 65_000, null)]
    [InlineData("[1:05]", 65_000, null)]
    [InlineData("(01:02:03.5)", 3_723_500, null)]
    [InlineData("00:00:01,250 --> 00:00:04,000", 1_250, 4_000)]
    [InlineData("0:00 - 0:04", 0, 4_000)]
    public void TableCells_TryTime_Forms(string cell, int startMs, int? endMs)
    {
        Assert.True(BriefingKit.Word.Reading.Docx.Internal.TableCells.TryTime(cell, out var start, out var end));
        Assert.Equal(TimeSpan.FromMilliseconds(startMs), start);
        Assert.Equal(endMs is null ? null : TimeSpan.FromMilliseconds(endMs.Value), end);
    }

    [Theory]
    [InlineData("10:61")]
    [InlineData("at 10:30")]
    [InlineData("Emma Ruiz")]
    public void TableCells_TryTime_NotTimes(string cell) =>
        Assert.False(BriefingKit.Word.Reading.Docx.Internal.TableCells.TryTime(cell, out _, out _));
}
