// Inputs that are not transcripts are refused with TranscriptFormatException naming the
// file, the line and the reason — never another exception.
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading;

public sealed class BadInputTests
{
    private static TranscriptFormatException Refused(byte[] bytes, string name = "input.txt", long? maxBytes = null)
    {
        var builder = BriefingPipelineBuilder.CreateDefault(o => { if (maxBytes is { } m) o.MaxInputBytes = m; });
        return Assert.Throws<TranscriptFormatException>(() => builder.Build().Parse(new TranscriptInput(bytes, name)));
    }

    [Fact]
    public void Parse_EmptyFile_SaysEmpty()
    {
        var ex = Refused(Array.Empty<byte>(), "empty.txt");
        Assert.Equal("empty.txt", ex.FileName);
        Assert.Contains("empty", ex.Reason);
    }

    [Fact]
    public void Parse_WhitespaceOnly_SaysEmpty() =>
        Assert.Contains("empty", Refused(Encoding.UTF8.GetBytes(" \n\t\r\n  \n")).Reason);

    [Fact]
    public void Parse_BinaryData_SaysBinaryWithLine()
    {
        var bytes = Encoding.ASCII.GetBytes("first line\nsecond line\n").Concat(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D }).ToArray();
        var ex = Refused(bytes, "picture.txt");
        Assert.Contains("binary", ex.Reason);
        Assert.Equal(3, ex.Line);
        Assert.StartsWith("picture.txt:3: binary data", ex.Message);
    }

    [Fact]
    public void Parse_Windows1252Text_SaysNotUtf8WithLine()
    {
        var bytes = Encoding.ASCII.GetBytes("MR PRICE:  Good afternoon.\n\nQUESTION:  Caf").Concat(new byte[] { 0xE9, (byte)'?' }).ToArray();
        var ex = Refused(bytes, "latin1.txt");
        Assert.Equal(3, ex.Line);
        Assert.Contains("not valid UTF-8", ex.Reason);
        Assert.Contains("save it as UTF-8", ex.Reason);
    }

    [Fact]
    public void Parse_OverSizeLimit_RefusedBeforeReading()
    {
        var ex = Refused(Encoding.UTF8.GetBytes(new string('a', 2048)), "big.txt", maxBytes: 1024);
        Assert.Contains("size limit", ex.Reason);
    }

    [Fact]
    public async Task ParseAsync_StreamOverSizeLimit_StopsReading()
    {
        var pipeline = BriefingPipelineBuilder.CreateDefault(o => o.MaxInputBytes = 1000).Build();
        using var stream = new NonSeekableStream(new MemoryStream(new byte[1_000_000]));
        var ex = await Assert.ThrowsAsync<TranscriptFormatException>(() => pipeline.ParseAsync(stream, "huge.txt"));
        Assert.Contains("size limit", ex.Reason);
        Assert.True(stream.BytesRead < 200_000, $"read {stream.BytesRead} bytes before refusing");
    }

    [Fact]
    public void Parse_ZipThatIsNotDocx_Refused()
    {
        var bytes = new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8 };
        Assert.NotNull(Refused(bytes, "archive.zip").Reason);
    }

    [Theory]
    [InlineData("utf-16LE-bom")]
    [InlineData("utf-16BE-bom")]
    [InlineData("utf-16LE")]
    [InlineData("utf-8-bom")]
    public void Parse_UnicodeEncodings_ReadAlike(string encoding)
    {
        const string text = "MS. PSAKI:  Hi everyone.\n\nQ    Thanks, Jen.\n\nMS. PSAKI:  Sure.\n";
        var bytes = encoding switch
        {
            "utf-16LE-bom" => new UnicodeEncoding(false, true).GetPreamble().Concat(new UnicodeEncoding(false, true).GetBytes(text)).ToArray(),
            "utf-16BE-bom" => new UnicodeEncoding(true, true).GetPreamble().Concat(new UnicodeEncoding(true, true).GetBytes(text)).ToArray(),
            "utf-16LE" => new UnicodeEncoding(false, false).GetBytes(text),
            _ => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        };

        var transcript = BriefingPipeline.Default.Parse(new TranscriptInput(bytes, "briefing.txt"));

        Assert.Equal(TranscriptFormat.SpeakerLabelled, transcript.Format);
        Assert.Equal(3, transcript.Turns.Count);
        Assert.Equal("Hi everyone.", transcript.Turns[0].Text);
    }

    [Fact]
    public void Parse_ControlCharacters_RemovedWithWarningOnTheirLine()
    {
        var transcript = BriefingPipeline.Default.ParseText("MR PRICE:  Good\u000C afternoon.\n\nQUESTION:  Thank\u0001 you.\n\nMR PRICE:  Next.\n", "controls.txt");

        Assert.Equal("Good afternoon.", transcript.Turns[0].Text);
        Assert.Equal("Thank you.", transcript.Turns[1].Text);
        var warning = Assert.Single(transcript.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal(1, warning.Line);
        Assert.Contains("2 control character", warning.Message);
    }

    [Fact]
    public void Parse_ForcedFormatWithoutReader_SaysWhichFormat()
    {
        var pipeline = new BriefingPipelineBuilder().Build();
        var ex = Assert.Throws<TranscriptFormatException>(() => pipeline.ParseText("hello", "x.docx", TranscriptFormat.Docx));
        Assert.Contains("docx", ex.Reason, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
