// The English words by which a text dates an event in the past (templates/dates.json,
// embedded): spelled-out counts of years and spans of a decade or more ("sixty years ago",
// "decades ago").
using System;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class DateWords
{
    private const string Description = "date word list";
    private const string Shape = "{\"numberWords\": [...], \"longSpans\": [...]}";
    private static readonly Lazy<DateWords> BuiltIn = new(() => DataFiles.BuiltIn("dates.json", Description, Shape, Read));

    private DateWords(JsonElement root)
    {
        NumberWords = WordAlternation.Of(JsonLists.Required(root, "numberWords"));
        LongSpans = WordAlternation.Of(JsonLists.Required(root, "longSpans"));
    }

    public static DateWords Default => BuiltIn.Value;

    /// <summary>Spelled-out counts of ten or more ("sixty", "a hundred", "many"), as a regex alternation without a group: matched inside "… years ago".</summary>
    public string NumberWords { get; }

    /// <summary>Spans of a decade or more on their own ("decades", "a generation"), as a regex alternation without a group: matched before "ago".</summary>
    public string LongSpans { get; }

    private static DateWords Read(JsonElement root) => new(root);
}
