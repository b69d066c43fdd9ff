// Dates as transcripts write them: "Apr 19, 2017", "April 15, 2021", "15 April 2021",
// "2021-04-15", and "2021-04-15-…" at the start of a file name.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingKit.Reading.Text.Internal;

internal static partial class Datelines
{
#if NET7_0_OR_GREATER
    // Source-generated below: compiled when BriefingKit is built, not when a pattern is first used.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.IgnoreCase;
#endif
#if !NET7_0_OR_GREATER
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
#endif
    private const string Month = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

#if NET7_0_OR_GREATER
    private static readonly Regex MonthFirst = MonthFirstPattern();

    [GeneratedRegex(Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MonthFirstPattern();
#else
    private static readonly Regex MonthFirst = new(Month + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d{2})", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex DayFirst = DayFirstPattern();

    [GeneratedRegex(@"(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d{2})", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DayFirstPattern();
#else
    private static readonly Regex DayFirst = new(@"(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + Month + @",?\s+(?<year>(?:19|20)\d{2})", Options, Timeout);
#endif
#if NET7_0_OR_GREATER
    private static readonly Regex Iso = IsoPattern();

    [GeneratedRegex(@"(?<![\d-])(?<year>(?:19|20)\d{2})-(?<m>\d{2})-(?<day>\d{2})(?![\d])", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex IsoPattern();
#else
    private static readonly Regex Iso = new(@"(?<![\d-])(?<year>(?:19|20)\d{2})-(?<m>\d{2})-(?<day>\d{2})(?![\d])", Options, Timeout);
#endif

    /// <summary>
    /// A line that is only a date, optionally with a weekday before it and a time of day after it
    /// ("Tuesday, 5 April 2022, 10 a.m.", as UN records head a meeting): a dateline.
    /// </summary>
#if NET7_0_OR_GREATER
    private static readonly Regex WholeLine = WholeLinePattern();

    [GeneratedRegex(@"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}\s+" + Month + @",?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
        + @"(?:,?\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m|noon))?\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex WholeLinePattern();
#else
    private static readonly Regex WholeLine = new(
        @"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}\s+" + Month + @",?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
        + @"(?:,?\s+(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m|noon))?\.?$",
        Options, Timeout);
#endif

    public static bool IsDateLine(string trimmed) => trimmed.Length <= 60 && WholeLine.IsMatch(trimmed);

    /// <summary>The first date written in <paramref name="text"/>, if any.</summary>
    public static DateTime? Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        DateTime? best = null;
        var bestIndex = int.MaxValue;
        foreach (var regex in new[] { MonthFirst, DayFirst, Iso })
        {
            var match = regex.Match(text!);
            if (!match.Success || match.Index >= bestIndex) continue;
            var date = ToDate(match);
            if (date is null) continue;
            best = date;
            bestIndex = match.Index;
        }
        return best;
    }

    // What may stand before the date of a dateline: a place and a weekday in capitalised words
    // ("WASHINGTON, D.C. —", "Brussels, Tuesday,").
#if NET7_0_OR_GREATER
    private static readonly Regex DatelinePrefix = DatelinePrefixPattern();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}.'\u2019-]*,?\s+){0,5}(?:[\u2013\u2014-]\s+)?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex DatelinePrefixPattern();
#else
    private static readonly Regex DatelinePrefix = new(@"^(?:[\p{Lu}][\p{L}.'\u2019-]*,?\s+){0,5}(?:[\u2013\u2014-]\s+)?$", Options, Timeout);
#endif

    /// <summary>
    /// The date a dateline paragraph starts with ("April 15, 2021 — …", "WASHINGTON, April 15,
    /// 2021 – …"); <see langword="null"/> when the first date comes after other words.
    /// </summary>
    public static DateTime? AtStart(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (var regex in new[] { MonthFirst, DayFirst, Iso })
        {
            var match = regex.Match(text!);
            if (match.Success && match.Index <= 60 && DatelinePrefix.IsMatch(text!.Substring(0, match.Index))) return ToDate(match);
        }
        return null;
    }

    /// <summary>The date a file name starts with (<c>2021-04-15-press-briefing.md</c>).</summary>
    public static DateTime? FromFileName(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName)) return null;
        var name = System.IO.Path.GetFileName(fileName!);
        var match = Iso.Match(name);
        return match.Success && match.Index == 0 ? ToDate(match) : null;
    }

    private static DateTime? ToDate(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        int month;
        if (match.Groups["m"].Success) month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        else month = MonthNumber(match.Groups["month"].Value);
        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
    }

    private static int MonthNumber(string name)
    {
        var prefix = name.Substring(0, 3).ToLowerInvariant();
        var index = Array.IndexOf(new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }, prefix);
        return index + 1;
    }
}
