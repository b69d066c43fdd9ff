// What a transcript table's cells can be: a time ("00:01:05", "[1:05]", "0:00 - 0:04"), a
// speaker name (short, name-like, maybe with a colon or a time after it), or spoken text
// (sentences). Each test is one sentence of genre convention, not a phrase from any file.
using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal static class TableCells
{
    private const string Clock = @"\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?";
    private static readonly Regex TimeCell = new(
        @"^[\[(]?(?<start>" + Clock + @")[\])]?(?:\s*(?:-->|–|—|-|to)\s*[\[(]?(?<end>" + Clock + @")[\])]?)?$",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);
    private static readonly Regex NameThenTime = new(
        @"^(?<name>.*?\S)\s*(?:[\[(](?<time>" + Clock + @")[\])]|\s(?<time>" + Clock + "))$",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);

    /// <summary>Whether the cell is a time or a time range, with its start and end.</summary>
    public static bool TryTime(string cell, out TimeSpan start, out TimeSpan? end)
    {
        start = TimeSpan.Zero;
        end = null;
        var match = TimeCell.Match(cell.Trim());
        if (!match.Success || !TryClock(match.Groups["start"].Value, out start)) return false;
        if (match.Groups["end"].Success)
        {
            if (!TryClock(match.Groups["end"].Value, out var e)) return false;
            end = e;
        }
        return true;
    }

    /// <summary>
    /// The speaker in a cell ("Emma Ruiz", "MR PRICE:", "Emma Ruiz (00:00:12)") and the time written
    /// after it, when the cell looks like a name: starts with a letter, at most six words and 60
    /// characters, no question mark, and does not end like a sentence.
    /// </summary>
    public static bool TryName(string cell, out string name, out TimeSpan? time)
    {
        time = null;
        name = cell.Trim();
        var match = NameThenTime.Match(name);
        if (match.Success && TryClock(match.Groups["time"].Value, out var t))
        {
            name = match.Groups["name"].Value.Trim();
            time = t;
        }
        name = name.TrimEnd(':').Trim();
        if (name.Length == 0 || name.Length > 60 || !char.IsLetter(name[0]) || name.IndexOf('?') >= 0) return false;
        if (".,;!".IndexOf(name[name.Length - 1]) >= 0) return false;
        return name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= 6;
    }

    /// <summary>Whether the cell reads as speech: it ends a sentence (before any closing quote or bracket) or runs to eight words or more.</summary>
    public static bool IsSentence(string cell)
    {
        var text = cell.TrimEnd();
        var i = text.Length - 1;
        while (i >= 0 && "\"'”’)]".IndexOf(text[i]) >= 0) i--;
        if (i >= 0 && ".?!…".IndexOf(text[i]) >= 0) return true;
        return text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length >= 8;
    }

    private static bool TryClock(string text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        var fraction = 0;
        var cut = text.IndexOfAny(new[] { '.', ',' });
        if (cut >= 0)
        {
            var digits = text.Substring(cut + 1).PadRight(3, '0');
            fraction = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            text = text.Substring(0, cut);
        }
        var parts = text.Split(':');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++) numbers[i] = int.Parse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture);
        if (numbers.Length == 2 && numbers[1] < 60) time = new TimeSpan(0, 0, numbers[0], numbers[1], fraction);
        else if (numbers.Length == 3 && numbers[1] < 60 && numbers[2] < 60) time = new TimeSpan(0, numbers[0], numbers[1], numbers[2], fraction);
        else return false;
        return true;
    }
}
