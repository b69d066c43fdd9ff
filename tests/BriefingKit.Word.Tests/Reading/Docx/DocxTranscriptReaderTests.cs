// Reading Teams-style and speaker-labelled .docx transcripts built in code.
using System;
using System.Linq;
using System.Threading;
using BriefingKit.Reading;
using BriefingKit.Word.Reading.Docx;
using BriefingKit.Word.Tests.Support;

namespace BriefingKit.Word.Tests.Reading.Docx;

public sealed class DocxTranscriptReaderTests
{
    private static readonly BriefingPipeline Pipeline = BriefingPipelineBuilder.CreateDefault().AddDocxReader().Build();

    private static Transcript Parse(byte[] docx, string name = "meeting.docx") =>
        Pipeline.Parse(new TranscriptInput(docx, name));

    [Fact]
    public void DocxTranscriptReader_Read_TeamsExport()
    {
        var transcript = Parse(DocxFixture.Create(
            "Weekly sanctions sync",
            "March 13, 2024, 2:31PM",
            "42m 10s",
            "Emma Ruiz   0:03",
            "Good morning, everyone.",
            "Tom Hale   0:10",
            "Morning. The sanctions memo is ready.",
            "It just needs review.",
            "",
            "Emma Ruiz   1:02:15",
            "Great, thanks. Let's meet again at 10:30."));

        Assert.Equal(TranscriptFormat.Docx, transcript.Format);
        Assert.Equal(TranscriptKind.Meeting, transcript.Kind);
        Assert.Equal("meeting.docx", transcript.Source);
        Assert.Equal("Weekly sanctions sync", transcript.Title);
        Assert.Equal(new DateTime(2024, 3, 13), transcript.Date);
        Assert.Equal(new[] { new Annotation("March 13, 2024, 2:31PM", 2), new Annotation("42m 10s", 3) }, transcript.Annotations);
        Assert.Equal(
            new[] { new Speaker("s1", "Emma Ruiz") { Label = "Emma Ruiz", Kind = SpeakerKind.Unknown }, new Speaker("s2", "Tom Hale") { Label = "Tom Hale", Kind = SpeakerKind.Unknown } },
            transcript.Speakers);
        Assert.Equal(
            new[]
            {
                new Turn("Good morning, everyone.") { Speaker = "s1", Start = TimeSpan.FromSeconds(3), Line = 4 },
                new Turn("Morning. The sanctions memo is ready. It just needs review.") { Speaker = "s2", Start = TimeSpan.FromSeconds(10), Line = 6 },
                new Turn("Great, thanks. Let's meet again at 10:30.") { Speaker = "s1", Start = new TimeSpan(1, 2, 15), Line = 10 },
            },
            transcript.Turns);
    }

    [Fact]
    public void DocxTranscriptReader_Read_TimeBeforeNameAndTabs()
    {
        var transcript = Parse(DocxFixture.Create("0:03 Emma Ruiz", "Hello.", "Tom Hale\t0:07", "Hi Emma."));
        Assert.Equal(new[] { "Emma Ruiz", "Tom Hale" }, transcript.Speakers.Select(s => s.Name));
        Assert.Equal(new[] { 1, 3 }, transcript.Turns.Select(t => t.Line));
        Assert.Equal(TimeSpan.FromSeconds(7), transcript.Turns[1].Start);
    }

    [Fact]
    public void DocxTranscriptReader_Read_SpeakerLineAndTextInOneParagraph()
    {
        var transcript = Parse(DocxFixture.Create("Emma Ruiz  0:03\nHello.", "Tom Hale  0:07\nHi Emma.\nHow are you?"));
        Assert.Equal(new[] { "Hello.", "Hi Emma. How are you?" }, transcript.Turns.Select(t => t.Text));
        Assert.Equal(new[] { 1, 2 }, transcript.Turns.Select(t => t.Line));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TimeGoingBackwardsIsSpeech()
    {
        var transcript = Parse(DocxFixture.Create("Emma Ruiz  5:03", "We could meet", "Thursday at 4:30", "Tom Hale  5:20", "Fine."));
        Assert.Equal(2, transcript.Turns.Count);
        Assert.Equal("We could meet Thursday at 4:30", transcript.Turns[0].Text);
    }

    [Fact]
    public void DocxTranscriptReader_Read_StrayTimeInLabelledDocumentIsNotTeams()
    {
        var paragraphs = new[] { "Briefing at 10:30" }.Concat(Enumerable.Range(1, 12).Select(i => "MR PRICE: Point " + i + ".")).ToArray();
        var transcript = new DocxTranscriptReader().Read(new TranscriptInput(DocxFixture.Create(paragraphs), "b.docx"), CancellationToken.None);
        Assert.Equal(TranscriptKind.Other, transcript.Kind);
        Assert.Equal("MR PRICE", Assert.Single(transcript.Speakers).Name);
    }

    [Fact]
    public void DocxTranscriptReader_Read_TablesAreRead()
    {
        var table = new DocumentFormat.OpenXml.Wordprocessing.Table(
            new DocumentFormat.OpenXml.Wordprocessing.TableRow(
                new DocumentFormat.OpenXml.Wordprocessing.TableCell(DocxFixture.Paragraph("Emma Ruiz  0:01")),
                new DocumentFormat.OpenXml.Wordprocessing.TableCell(DocxFixture.Paragraph("Hello from a table."))));
        var transcript = Parse(DocxFixture.Create(table, DocxFixture.Paragraph("Tom Hale  0:05"), DocxFixture.Paragraph("Hi.")));
        Assert.Equal(new[] { "Hello from a table.", "Hi." }, transcript.Turns.Select(t => t.Text));
        Assert.Equal(new[] { 1, 3 }, transcript.Turns.Select(t => t.Line));
    }

    [Fact]
    public void DocxTranscriptReader_Read_LabelledDocumentWithOwnRules()
    {
        var reader = new DocxTranscriptReader();
        var transcript = reader.Read(new TranscriptInput(DocxFixture.Create("State Briefing", new[]
        {
            "Department Press Briefing",
            "MR PRICE: Good afternoon.",
            "We have one announcement.",
            "QUESTION: Thank you, Ned. He said: no deal?",
            "MR PRICE:",
            "Let me take that.",
        }), "brief.docx"), CancellationToken.None);

        Assert.Equal(TranscriptFormat.Docx, transcript.Format);
        Assert.Equal("State Briefing", transcript.Title);
        Assert.Equal(new[] { "MR PRICE", "QUESTION" }, transcript.Speakers.Select(s => s.Name));
        Assert.Equal(
            new[]
            {
                new Turn("Department Press Briefing") { Line = 1 },
                new Turn("Good afternoon. We have one announcement.") { Speaker = "s1", Line = 2 },
                new Turn("Thank you, Ned. He said: no deal?") { Speaker = "s2", Line = 4 },
                new Turn("Let me take that.") { Speaker = "s1", Line = 5 },
            },
            transcript.Turns);
    }

    [Fact]
    public void DocxTranscriptReader_Read_LabelledDocumentGoesToTextReader()
    {
        var textReader = new RecordingTextReader();
        var reader = new DocxTranscriptReader(new ITranscriptReader[] { textReader });
        var transcript = reader.Read(new TranscriptInput(DocxFixture.Create("MR PRICE: Good afternoon.", "", "Second paragraph\nwith a soft break."), "b.docx"), CancellationToken.None);

        Assert.Equal("MR PRICE: Good afternoon.\n\nSecond paragraph\nwith a soft break.", textReader.LastText);
        Assert.Equal(TranscriptFormat.Docx, transcript.Format);
        // The text reader's lines 1, 3 and 4 are paragraphs 1, 3 and 3.
        Assert.Equal(new[] { 1, 3, 3 }, transcript.Turns.Select(t => t.Line));
    }

    [Fact]
    public void DocxTranscriptReader_Read_TextReaderErrorNamesParagraph()
    {
        var reader = new DocxTranscriptReader(new ITranscriptReader[] { new RecordingTextReader { FailOnLine = 3 } });
        var error = Assert.Throws<TranscriptFormatException>(() =>
            reader.Read(new TranscriptInput(DocxFixture.Create("One.", "", "", "Two."), "e.docx"), CancellationToken.None));
        Assert.Equal(4, error.Line);
        Assert.Equal("e.docx", error.FileName);
    }

    [Fact]
    public void DocxTranscriptReader_Detect_Scores()
    {
        var reader = new DocxTranscriptReader();
        Assert.Equal(100, reader.Detect(new TranscriptInput(DocxFixture.Create("Hello"), "a.docx")));
        Assert.Equal(5, reader.Detect(new TranscriptInput(DocxFixture.Zip(("hello.txt", "hi")), "a.zip")));
        Assert.Equal(5, reader.Detect(new TranscriptInput(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2 }, "a.docx")));
        Assert.Equal(0, reader.Detect(new TranscriptInput(System.Text.Encoding.UTF8.GetBytes("Emma Ruiz 0:03\nHello."), "a.docx")));
    }

    [Fact]
    public void DocxPipelineExtensions_AddDocxReader_HarmlessTwice()
    {
        var builder = BriefingPipelineBuilder.CreateDefault().AddDocxReader().AddDocxReader();
        Assert.Single(builder.Readers.OfType<DocxTranscriptReader>());
        Assert.Throws<ArgumentNullException>(() => DocxPipelineExtensions.AddDocxReader(null!));
    }

    [Fact]
    public void DocxTranscriptReader_Read_EmptyDocumentRefused()
    {
        var error = Assert.Throws<TranscriptFormatException>(() => Parse(DocxFixture.Create("", "  ")));
        Assert.Contains("no text", error.Reason, StringComparison.Ordinal);
    }

    private sealed class RecordingTextReader : ITranscriptReader
    {
        public string? LastText { get; private set; }

        public int FailOnLine { get; init; }

        public TranscriptFormat Format => TranscriptFormat.SpeakerLabelled;

        public int Detect(TranscriptInput input) => input.IsText ? 50 : 0;

        public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
        {
            LastText = input.Text;
            if (FailOnLine > 0) throw new TranscriptFormatException(input.FileName, FailOnLine, "bad line");
            var lines = input.Text.Split('\n');
            var turns = lines.Select((text, i) => (text, line: i + 1)).Where(l => l.text.Length > 0)
                .Select(l => new Turn(l.text) { Line = l.line });
            return new Transcript { Format = TranscriptFormat.SpeakerLabelled, Turns = turns.ToValueList() };
        }
    }
}
