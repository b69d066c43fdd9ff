using System;

namespace BriefingKit.Excel.Tests.Weeks;

public sealed class IsoWeekTests
{
    [Theory]
    [InlineData("2020-12-31", "2020-W53")]
    [InlineData("2021-01-03", "2020-W53")]
    [InlineData("2021-01-04", "2021-W01")]
    [InlineData("2019-12-30", "2020-W01")]
    [InlineData("2021-04-12", "2021-W15")]
    [InlineData("2021-04-18", "2021-W15")]
    [InlineData("2017-04-19", "2017-W16")]
    [InlineData("2026-12-31", "2026-W53")]
    [InlineData("2027-01-01", "2026-W53")]
    public void FromDate_EdgesOfTheYear_GivesTheIsoWeek(string date, string expected)
    {
        Assert.Equal(expected, IsoWeek.FromDate(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ToString());
    }

    [Fact]
    public void FromDate_EveryDayFrom1990To2040_AgreesWithSystemIsoWeek()
    {
        for (var day = new DateTime(1990, 1, 1); day < new DateTime(2040, 1, 1); day = day.AddDays(1))
        {
            var week = IsoWeek.FromDate(day);
            Assert.Equal(System.Globalization.ISOWeek.GetYear(day), week.Year);
            Assert.Equal(System.Globalization.ISOWeek.GetWeekOfYear(day), week.Week);
            Assert.True(week.Monday <= day && day <= week.Sunday);
        }
    }

    [Theory]
    [InlineData("2021-W15", 2021, 15)]
    [InlineData("2021W15", 2021, 15)]
    [InlineData(" 2020-w53 ", 2020, 53)]
    [InlineData("2021-W1", 2021, 1)]
    public void TryParse_IsoWeekText_Reads(string text, int year, int number)
    {
        Assert.True(IsoWeek.TryParse(text, out var week));
        Assert.Equal(new IsoWeek(year, number), week);
    }

    [Theory]
    [InlineData("2021-15")]
    [InlineData("2021-W53")]
    [InlineData("2021-W00")]
    [InlineData("W15")]
    [InlineData("21-W15")]
    [InlineData("2021-W150")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAWeek_IsFalse(string? text)
    {
        Assert.False(IsoWeek.TryParse(text, out _));
        if (text is not null) Assert.Throws<FormatException>(() => IsoWeek.Parse(text));
    }

    [Fact]
    public void Monday_Week1Of2021_Is4January()
    {
        Assert.Equal(new DateTime(2021, 1, 4), new IsoWeek(2021, 1).Monday);
        Assert.Equal(new IsoWeek(2020, 53), new IsoWeek(2021, 1).Previous());
    }

    [Theory]
    [InlineData(2021, 4, 15, 2021, 15)]
    [InlineData(1, 1, 1, 1, 1)]             // a Monday: the first day there is
    [InlineData(9998, 12, 27, 9998, 52)]
    public void TryFromDate_ADateWithAWeek_GivesIt(int y, int m, int d, int year, int week)
    {
        Assert.True(IsoWeek.TryFromDate(new DateTime(y, m, d), out var found));
        Assert.Equal(new IsoWeek(year, week), found);
    }

    [Theory]
    [InlineData(9999, 12, 31)] // a common "no date" placeholder: ISO year 9999, past what a week can name
    [InlineData(9999, 1, 10)]
    public void TryFromDate_ADateBeyondTheWeeks_IsFalse(int y, int m, int d) =>
        Assert.False(IsoWeek.TryFromDate(new DateTime(y, m, d), out _));
}
