// A JSON input that is UTF-8 already is parsed and sniffed in its own bytes; one with a byte order mark,
// CR LF line ends, cleaned characters or in UTF-16 is encoded from its decoded text. Either way the same
// transcript comes out.
using System;
using System.Linq;
using System.Text;
using System.Threading;
using BriefingKit.Json;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

public sealed class OwnBytesTests
{
    private static readonly string Json = TranscriptJson.Serialize(BriefingKitJsonReaderTests.Rich());

    public static TheoryData<string, bool> Encodings => new()
    {
        { "utf-8", true },
        { "utf-8 with a byte order mark", false },
        { "CR LF line ends", false },
        { "a form feed to clean", false },
        { "utf-16", false },
    };

    private static byte[] Bytes(string how) => how switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(Json),
        "utf-8 with a byte order mark" => new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Json)).ToArray(),
        "CR LF line ends" => Encoding.UTF8.GetBytes(Json.Replace("\n", "\r\n")),
        "a form feed to clean" => Encoding.UTF8.GetBytes(Json.Replace("{", "{\f")),
        "utf-16" => new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(Json)).ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Reads_the_same_transcript_whichever_bytes_it_parses(string how, bool ownBytes)
    {
        var input = new TranscriptInput(Bytes(how), "saved.json");
        Assert.Equal(ownBytes, input.Utf8Text is not null);
        Assert.True(new BriefingKitJsonReader().Detect(input) > 0);
        var read = new BriefingKitJsonReader().Read(input, CancellationToken.None);
        Assert.Equal(BriefingKitJsonReaderTests.Rich(), read);
    }

    [Fact]
    public void A_syntax_error_in_own_bytes_names_its_line()
    {
        var input = new TranscriptInput(Encoding.UTF8.GetBytes("{\n  \"title\": \"x\",\n  \"turns\": [\n    oops\n  ]\n}"), "broken.json");
        Assert.NotNull(input.Utf8Text);
        var error = Assert.Throws<TranscriptFormatException>(() => new BriefingKitJsonReader().Read(input, CancellationToken.None));
        Assert.Equal(4, error.Line);
    }
}
