// Dates as transcripts write them.
using System;
using BriefingKit.Reading.Text.Internal;

namespace BriefingKit.Tests.Reading.Text;

public sealed class DatelinesTests
{
    [Theory]
    [InlineData("Apr 19, 2017")]
    [InlineData("April 15, 2021")]
    [InlineData("APRIL 02, 2021")]
    [InlineData("THURSDAY, APRIL 15, 2021")]
    [InlineData("15 April 2021")]
    [InlineData("2021-04-15")]
    [InlineData("Sept. 3, 2021")]
    [InlineData("Tuesday, 5 April 2022, 10 a.m.")]
    [InlineData("April 12, 2021, 2:13 p.m.")]
    [InlineData("Monday, April 12, 2021 at 2:13 PM")]
    public void IsDateLine_LineThatIsOnlyADate_IsTrue(string line)
    {
        Assert.True(Datelines.IsDateLine(line));
    }

    [Theory]
    [InlineData("The talks on April 15, 2021 were constructive.")]
    [InlineData("Department Press Briefing - April 12, 2021")]
    [InlineData("2:13 p.m. EDT")]
    [InlineData("April 15")]
    [InlineData("")]
    public void IsDateLine_DateInsideOtherText_IsFalse(string line)
    {
        Assert.False(Datelines.IsDateLine(line));
    }

    [Theory]
    [InlineData("Press Briefing by Press Secretary Jen Psaki, April 15, 2021", 2021, 4, 15)]
    [InlineData("Tuesday, 5 April 2022, 10 a.m.", 2022, 4, 5)]
    [InlineData("published 2021-04-16 and updated April 20, 2021", 2021, 4, 16)]
    [InlineData("Dec 31, 1999", 1999, 12, 31)]
    public void Find_FirstDateInText(string text, int year, int month, int day)
    {
        Assert.Equal(new DateTime(year, month, day), Datelines.Find(text));
    }

    [Theory]
    [InlineData("February 30, 2021")]
    [InlineData("2021-13-01")]
    [InlineData("no date here")]
    [InlineData(null)]
    public void Find_NoValidDate_IsNull(string? text)
    {
        Assert.Null(Datelines.Find(text));
    }

    [Theory]
    [InlineData("2021-04-15-press-briefing.md", 2021, 4, 15)]
    [InlineData("/corpus/week-2021-15/2021-04-16-remarks.md", 2021, 4, 16)]
    public void FromFileName_DatedName_GivesDate(string name, int year, int month, int day)
    {
        Assert.Equal(new DateTime(year, month, day), Datelines.FromFileName(name));
    }

    [Theory]
    [InlineData("week-2021-15.md")]
    [InlineData("briefing.md")]
    public void FromFileName_UndatedName_IsNull(string name)
    {
        Assert.Null(Datelines.FromFileName(name));
    }
}
