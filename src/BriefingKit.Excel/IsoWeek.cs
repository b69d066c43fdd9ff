// ISO 8601 week numbering, written out because System.Globalization.ISOWeek is not in
// netstandard2.0. Weeks start on Monday; week 1 is the week holding the year's first Thursday.
using System;
using System.Globalization;

namespace BriefingKit.Excel;

/// <summary>An ISO 8601 week such as <c>2021-W15</c> (Monday 12 to Sunday 18 April 2021).</summary>
public readonly struct IsoWeek : IEquatable<IsoWeek>, IComparable<IsoWeek>
{
    /// <summary>Creates the week; throws when <paramref name="week"/> is not a week of <paramref name="year"/>.</summary>
    /// <param name="year">The ISO week-numbering year (1..9998).</param>
    /// <param name="week">The week number, 1 to 52 or 53.</param>
    public IsoWeek(int year, int week)
    {
        if (year < 1 || year > 9998) throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9998.");
        if (week < 1 || week > WeeksInYear(year)) throw new ArgumentOutOfRangeException(nameof(week), week, $"{year} has weeks 1 to {WeeksInYear(year)}.");
        Year = year;
        Week = week;
    }

    /// <summary>The ISO week-numbering year (may differ from the calendar year around New Year).</summary>
    public int Year { get; }

    /// <summary>The week number, 1 to 53.</summary>
    public int Week { get; }

    /// <summary>The Monday the week starts on.</summary>
    public DateTime Monday
    {
        get
        {
            var jan4 = new DateTime(Year, 1, 4);
            return jan4.AddDays(1 - DayOfWeekNumber(jan4) + ((Week - 1) * 7));
        }
    }

    /// <summary>The Sunday the week ends on.</summary>
    public DateTime Sunday => Monday.AddDays(6);

    /// <summary>The week that holds <paramref name="date"/> (its time of day is ignored).</summary>
    public static IsoWeek FromDate(DateTime date) =>
        TryFromDate(date, out var week) ? week : throw new ArgumentOutOfRangeException(nameof(date), date, "The date's ISO week-numbering year must be between 1 and 9998.");

    /// <summary>
    /// The week that holds <paramref name="date"/>, or false when its ISO year is outside 1..9998 (a
    /// "no date" placeholder such as 9999-12-31): such a date belongs to no week a workbook can show.
    /// </summary>
    /// <param name="date">The date (its time of day is ignored).</param>
    /// <param name="week">The week, when there is one.</param>
    /// <returns>Whether the date has a week.</returns>
    public static bool TryFromDate(DateTime date, out IsoWeek week)
    {
        week = default;
        var offset = 4 - DayOfWeekNumber(date);
        if ((offset > 0 && date.Date > DateTime.MaxValue.AddDays(-offset)) || (offset < 0 && date.Date < DateTime.MinValue.AddDays(-offset))) return false;
        var thursday = date.Date.AddDays(offset);
        if (thursday.Year > 9998) return false;
        week = new IsoWeek(thursday.Year, ((thursday.DayOfYear - 1) / 7) + 1);
        return true;
    }

    /// <summary>How many weeks (52 or 53) the ISO year has.</summary>
    public static int WeeksInYear(int year)
    {
        // The week of 28 December is always the last week of its year.
        var dec28 = new DateTime(year, 12, 28);
        var thursday = dec28.AddDays(4 - DayOfWeekNumber(dec28));
        return ((thursday.DayOfYear - 1) / 7) + 1;
    }

    /// <summary>Reads <c>2021-W15</c> (also <c>2021W15</c>, <c>2021-w5</c>); false for anything else or a week the year does not have.</summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text!.Trim();
        var w = s.IndexOfAny(new[] { 'W', 'w' });
        if (w < 4) return false;
        var yearText = s.Substring(0, w).TrimEnd('-');
        var weekText = s.Substring(w + 1);
        if (yearText.Length != 4 || weekText.Length is < 1 or > 2) return false;
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(weekText, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return false;
        if (year < 1 || year > 9998 || number < 1 || number > WeeksInYear(year)) return false;
        week = new IsoWeek(year, number);
        return true;
    }

    /// <summary>Reads a week like <see cref="TryParse"/>; throws <see cref="FormatException"/> with the expected form otherwise.</summary>
    public static IsoWeek Parse(string text) =>
        TryParse(text, out var week) ? week : throw new FormatException($"'{text}' is not an ISO week; write it like 2021-W15 (year, W, week 1-53).");

    /// <summary>The week before this one.</summary>
    public IsoWeek Previous() => FromDate(Monday.AddDays(-7));

    /// <summary>The week as <c>2021-W15</c>.</summary>
    public override string ToString() => Year.ToString("D4", CultureInfo.InvariantCulture) + "-W" + Week.ToString("D2", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(IsoWeek other) => Year == other.Year && Week == other.Week;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IsoWeek other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Year * 64) + Week;

    /// <inheritdoc />
    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    /// <summary>Whether two weeks are the same.</summary>
    public static bool operator ==(IsoWeek left, IsoWeek right) => left.Equals(right);

    /// <summary>Whether two weeks differ.</summary>
    public static bool operator !=(IsoWeek left, IsoWeek right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is earlier.</summary>
    public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is later.</summary>
    public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is the same or earlier.</summary>
    public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is the same or later.</summary>
    public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;

    private static int DayOfWeekNumber(DateTime date) => ((int)date.DayOfWeek + 6) % 7 + 1;
}
