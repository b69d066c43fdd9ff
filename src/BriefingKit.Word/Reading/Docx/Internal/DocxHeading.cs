// The heading block before a transcript's first turn (Teams export or table): the first line
// is the title; the others (date, duration, "Transcript") are annotations, and the first that
// holds a date dates the meeting.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal sealed record DocxHeading(string? Title, DateTime? Date, IReadOnlyList<Annotation> Annotations)
{
    public static DocxHeading Of(IReadOnlyList<DocxLine> heading, string? propertiesTitle)
    {
        DateTime? date = null;
        foreach (var line in heading.Skip(1))
            date ??= TryDate(line.Text);
        return new DocxHeading(
            heading.Count > 0 ? heading[0].Text : propertiesTitle,
            date,
            heading.Skip(1).Select(l => new Annotation(l.Text, l.Paragraph)).ToList());
    }

    // "March 13, 2024, 2:31PM" or "13 March 2024": only lines with a four-digit year count, so
    // a bare "0:03" (which parses as today) never dates a meeting.
    private static DateTime? TryDate(string line)
    {
        if (!Regex.IsMatch(line, @"\b(19|20)\d{2}\b", RegexOptions.CultureInvariant, RegexLimits.Timeout)) return null;
        var candidates = new List<string> { line };
        var comma = line.LastIndexOf(',');
        if (comma > 0) candidates.Add(line.Substring(0, comma));
        foreach (var candidate in candidates)
        {
            if (DateTime.TryParse(candidate, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var value))
                return value.Date;
        }
        return null;
    }
}
