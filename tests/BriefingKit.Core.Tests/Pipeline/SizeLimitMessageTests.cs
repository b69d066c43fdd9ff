// The size-limit message speaks in the unit the limit was given in: a 1 KB limit is not "0.0 MB".
using System;
using System.Text;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Pipeline;

public sealed class SizeLimitMessageTests
{
    [Theory]
    [InlineData(1024, 2700, "(2.6 KB or more, limit 1 KB)")]
    [InlineData(500, 900, "(900 bytes or more, limit 500 bytes)")]
    [InlineData(50L * 1024 * 1024, 0, null)]
    public void Parse_OverTheLimit_SaysSizesInAReadableUnit(long limit, int size, string? expected)
    {
        var pipeline = BriefingPipelineBuilder.CreateDefault(o => o.MaxInputBytes = limit).Build();
        if (expected is null)
        {
            Assert.Equal("50 MB", BriefingPipeline.SizeText(limit));
            return;
        }

        var error = Assert.Throws<TranscriptFormatException>(() => pipeline.Parse(new TranscriptInput(Encoding.UTF8.GetBytes(new string('a', size)), "big.txt")));

        Assert.Contains(expected, error.Reason, StringComparison.Ordinal);
    }
}
