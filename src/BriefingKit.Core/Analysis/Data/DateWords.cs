// The English words by which a text dates an event (templates/dates.json, embedded):
// spelled-out counts of years and spans of a decade or more ("sixty years ago", "decades
// ago"), and the prepositions, parts of a year and month names of a dated phrase ("in early
// 2020", "In March 2014"), which YearMentions reads.
using System;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class DateWords
{
    private const string Description = "date word list";
    private const string Shape = "{\"numberWords\": [...], \"longSpans\": [...], \"datePrepositions\": [...], \"yearParts\": [...], \"months\": [...]}";
    private static readonly Lazy<DateWords> BuiltIn = new(() => DataFiles.BuiltIn("dates.json", Description, Shape, Read));

    private DateWords(JsonElement root)
    {
        NumberWords = WordAlternation.Of(JsonLists.Required(root, "numberWords"));
        LongSpans = WordAlternation.Of(JsonLists.Required(root, "longSpans"));
        // A preposition opens a sentence as often as it follows a word: "In 2014, …", "… back in 2009".
        DatePrepositions = WordAlternation.Of(JsonLists.Required(root, "datePrepositions").SelectMany(p => new[] { p, char.ToUpperInvariant(p[0]) + p.Substring(1) }));
        YearParts = WordAlternation.Of(JsonLists.Required(root, "yearParts"));
        Months = WordAlternation.Of(JsonLists.Required(root, "months"));
    }

    public static DateWords Default => BuiltIn.Value;

    /// <summary>Spelled-out counts of ten or more ("sixty", "a hundred", "many"), as a regex alternation without a group: matched inside "… years ago".</summary>
    public string NumberWords { get; }

    /// <summary>Spans of a decade or more on their own ("decades", "a generation"), as a regex alternation without a group: matched before "ago".</summary>
    public string LongSpans { get; }

    /// <summary>Prepositions that date by a year ("in", "back in"), lower case and capitalised, as a regex alternation without a group.</summary>
    public string DatePrepositions { get; }

    /// <summary>Words for a part of a year ("early", "mid-"), as a regex alternation without a group.</summary>
    public string YearParts { get; }

    /// <summary>Month names as written ("March"), as a regex alternation without a group.</summary>
    public string Months { get; }

    private static DateWords Read(JsonElement root) => new(root);
}
