// Years a text dates something by: "in 1962", "In March 2014", "during early 2020", "back in
// 2009". One reading for the rules that set history apart from this week's news, each with its
// own threshold: a stance in a sentence opening with an earlier year narrates the past
// (StanceAnalyzer, through StanceLexicon.YearAnchor), and a person named after a year ten or
// more years back is a historical reference, not a reported speaker (ReportedPeopleAnalyzer).
// The words are data (templates/dates.json, DateWords).
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static class YearMentions
{
    // A regex, not a phrase list: a dated phrase is a pattern (a preposition, a part of the year or a
    // month with its day, and four digits), though each of its word lists is data.
    private static readonly Lazy<TieredRegex> Phrase = new(() => new TieredRegex(
        @"\b" + DateWords.Default.DatePrepositions + @"\s+(?:" + DateWords.Default.YearParts + @"\s*)?(?:" + DateWords.Default.Months + @"\s+(?:\d{1,2},?\s+)?)?(?<year>1[5-9]\d\d|20\d\d)\b",
        RegexOptions.CultureInvariant, RegexLimits.Timeout));

    /// <summary>A dated phrase ("In March 2014") with its year in the group <c>year</c> (read it with <see cref="Year"/>).</summary>
    public static TieredRegex DatedPhrase => Phrase.Value;

    /// <summary>The year of a <see cref="DatedPhrase"/> match.</summary>
    public static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    /// <summary>The years of the dated phrases in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<int> In(string text) => DatedPhrase.Matches(text).Cast<Match>().Select(Year);
}
