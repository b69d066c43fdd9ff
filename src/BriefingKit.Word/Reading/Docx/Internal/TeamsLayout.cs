// The Microsoft Teams transcript export: a heading block (meeting title, date, duration),
// then entries of a speaker line "Name   0:03" (or "0:03 Name", "Name 1:02:15") followed by
// the words spoken. A line is a speaker line only when the name looks like a name and the
// times never go backwards, so a sentence ending in "at 10:30" stays speech.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingKit.Word.Reading.Docx.Internal;

internal static class TeamsLayout
{
    private const string Time = @"(?<time>\d{1,3}:\d{2}(?::\d{2})?)";
    private static readonly TimeSpan RegexTimeout = RegexLimits.Timeout;
    private static readonly Regex NameThenTime = new(@"^(?<name>\S.*?)[ \t\u00A0]+" + Time + "$", RegexOptions.CultureInvariant, RegexTimeout);
    private static readonly Regex TimeThenName = new("^" + Time + @"[ \t\u00A0]+(?<name>\S.*)$", RegexOptions.CultureInvariant, RegexTimeout);
    private static readonly Regex Spaces = new(@"[ \t\u00A0]+", RegexOptions.CultureInvariant, RegexTimeout);

    private sealed class Entry(string name, TimeSpan start, int paragraph)
    {
        public string Name { get; } = name;
        public TimeSpan Start { get; } = start;
        public int Paragraph { get; } = paragraph;
        public StringBuilder Text { get; } = new();
    }

    /// <summary>The transcript when the lines are in the Teams layout; otherwise null.</summary>
    public static Transcript? TryRead(DocxContent content)
    {
        var lines = content.Lines;
        var first = -1;
        var headers = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!TryHeader(lines[i].Text, out _, out _)) continue;
            if (first < 0) first = i;
            headers++;
        }
        // In a Teams export about every other line is a speaker line (fewer when people speak
        // in several paragraphs); a stray match in a document of another kind is far rarer
        // than one line in ten.
        if (first < 0 || headers * 10 < lines.Count - first) return null;

        var entries = new List<Entry>();
        var last = TimeSpan.MinValue;
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (TryHeader(line.Text, out var name, out var start) && start >= last)
            {
                entries.Add(new Entry(name, start, line.Paragraph));
                last = start;
            }
            else
            {
                var text = entries[entries.Count - 1].Text;
                if (text.Length > 0) text.Append(' ');
                text.Append(line.Text);
            }
        }

        var speakers = new DocxSpeakers();
        var turns = new List<Turn>();
        foreach (var entry in entries.Where(e => e.Text.Length > 0))
            turns.Add(new Turn(entry.Text.ToString()) { Speaker = speakers.IdFor(entry.Name), Start = entry.Start, Line = entry.Paragraph });

        var heading = DocxHeading.Of(lines.Take(first).ToList(), content.PropertiesTitle);
        return new Transcript
        {
            Title = heading.Title,
            Date = heading.Date,
            Format = TranscriptFormat.Docx,
            Kind = TranscriptKind.Meeting,
            Speakers = speakers.ToValueList(),
            Turns = turns.ToValueList(),
            Annotations = heading.Annotations.ToValueList(),
        };
    }

    private static bool TryHeader(string line, out string name, out TimeSpan start)
    {
        name = string.Empty;
        start = TimeSpan.Zero;
        if (line.Length > 120) return false;
        var match = NameThenTime.Match(line);
        if (!match.Success) match = TimeThenName.Match(line);
        if (!match.Success || !TryTime(match.Groups["time"].Value, out start)) return false;
        name = Spaces.Replace(match.Groups["name"].Value.Trim(), " ");
        return IsName(name);
    }

    // A display name: starts with a letter, at most eight words and 80 characters, no colon
    // (that is a "Label: text" line), and does not end like a sentence.
    private static bool IsName(string name) =>
        name.Length > 0 && name.Length <= 80 && char.IsLetter(name[0]) && name.IndexOf(':') < 0
        && ".,;?!".IndexOf(name[name.Length - 1]) < 0 && name.Split(' ').Length <= 8;

    private static bool TryTime(string text, out TimeSpan time)
    {
        time = TimeSpan.Zero;
        var parts = text.Split(':').Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Length == 2 && parts[1] < 60) time = new TimeSpan(0, parts[0], parts[1]);
        else if (parts.Length == 3 && parts[1] < 60 && parts[2] < 60) time = new TimeSpan(parts[0], parts[1], parts[2]);
        else return false;
        return true;
    }
}
