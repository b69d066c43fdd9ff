// Analysed transcripts built directly, for the writers: either ordinary, or hostile — text with
// control characters, lone surrogates, formula-like cells, very long strings, odd links and
// dates — which a .NET caller can pass even though no reader produces it.
using System;
using System.Linq;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class Models
{
    private static readonly string[] IssueIds = ["ukraine", "climate", "economy-trade", "sanctions", "iran", "no-such-issue"];

    private static readonly string[] Actors = ["United States", "Japan", "France", "European Union", "Freedonia", "NATO"];

    private static readonly string[] HostileBits =
    [
        "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0", "\t=1", "\0", "\u0001\u0008\u000B\u000C\u001F",
        "\uD800", "\uDFFF", "\uFFFE\uFFFF", "\u200B\u202E", "<w:p/>", "]]>", "&amp;", "\"'\"", "😀", "\r\n", "\r",
        "javascript:alert(1)", "file:///etc/passwd", "Sheet1!A1", "'quoted",
    ];

    public static Transcript Transcript(Random r, int size, bool hostile)
    {
        string Text(int sentences = 1)
        {
            var text = string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Documents.Sentence(r)));
            if (!hostile) return text;
            return r.Next(6) switch
            {
                0 => HostileBits[r.Next(HostileBits.Length)] + text,
                1 => text + HostileBits[r.Next(HostileBits.Length)],
                2 => text.Insert(r.Next(text.Length), HostileBits[r.Next(HostileBits.Length)]),
                3 when r.Next(20) == 0 => new string('x', 40_000) + text, // over Excel's 32,767 characters a cell
                _ => text,
            };
        }

        var speakerCount = 1 + r.Next(Math.Max(1, size));
        var speakers = Enumerable.Range(1, speakerCount).Select(i => new Speaker("s" + i, hostile && r.Next(4) == 0 ? Text() : Documents.Name(r))
        {
            Label = r.Next(2) == 0 ? null : Text(),
            Role = r.Next(2) == 0 ? null : "Minister",
            Affiliation = r.Next(2) == 0 ? null : Actors[r.Next(Actors.Length)],
            Kind = (SpeakerKind)r.Next(5),
        }).ToList();
        var turns = Enumerable.Range(0, 1 + r.Next(size * 3 + 1)).Select(i => new Turn(Text(1 + r.Next(3)))
        {
            Speaker = r.Next(8) == 0 ? null : speakers[r.Next(speakers.Count)].Id,
            Kind = (TurnKind)r.Next(3),
            Line = i + 1,
            Start = r.Next(2) == 0 ? null : TimeSpan.FromMilliseconds(i * 1000),
        }).ToList();
        var issues = IssueIds.Where(_ => r.Next(2) == 0).Select(id => new IssueMention(id, hostile ? Text() : id) { Mentions = r.Next(1, 9) }).ToList();
        var positions = Enumerable.Range(0, r.Next(size * 2 + 1)).Select(_ => new Position(
            hostile && r.Next(5) == 0 ? Text() : Actors[r.Next(Actors.Length)], IssueIds[r.Next(IssueIds.Length)], (Stance)r.Next(11))
        {
            Speaker = speakers[r.Next(speakers.Count)].Id,
            Evidence = r.Next(4) == 0 ? null : Text(),
            Line = r.Next(1, turns.Count + 1),
        }).ToList();
        var quotes = Enumerable.Range(0, r.Next(size + 1)).Select(_ => new Quote(Text())
        {
            Speaker = speakers[r.Next(speakers.Count)].Id,
            Cue = r.Next(2) == 0 ? null : "said",
            Kind = (QuoteKind)r.Next(2),
            Line = r.Next(1, turns.Count + 1),
        }).ToList();
        var commitments = Enumerable.Range(0, r.Next(size + 1)).Select(_ => new Commitment(
            ValueList<string>.From(Actors.Where(_ => r.Next(3) == 0)), Text())
        {
            Issue = r.Next(2) == 0 ? null : IssueIds[r.Next(IssueIds.Length)],
            Line = r.Next(1, turns.Count + 1),
        }).ToList();

        return new Transcript
        {
            Title = r.Next(5) == 0 ? null : Text(),
            Date = r.Next(6) switch
            {
                0 => null,
                // The last days of 9999 fall in an ISO week the matrix cannot name: it leaves them out.
                1 when hostile => r.Next(2) == 0 ? DateTime.MinValue.Date : DateTime.MaxValue.Date,
                _ => new DateTime(2021, 4, 12).AddDays(r.Next(-400, 400)),
            },
            Source = r.Next(2) == 0 ? null : (hostile ? Text() : "briefing-" + r.Next(100) + ".txt"),
            Url = r.Next(3) switch
            {
                0 => null,
                1 => "https://example.org/b/" + r.Next(1000),
                _ => hostile ? HostileBits[r.Next(HostileBits.Length)] : "mailto:press@example.org",
            },
            Tags = ValueList<string>.From(Enumerable.Range(0, r.Next(3)).Select(_ => hostile ? Text() : "press-briefings")),
            Format = (TranscriptFormat)r.Next(9),
            Kind = (TranscriptKind)r.Next(9),
            Speakers = ValueList<Speaker>.From(speakers),
            Turns = ValueList<Turn>.From(turns),
            Issues = ValueList<IssueMention>.From(issues),
            Positions = ValueList<Position>.From(positions),
            Quotes = ValueList<Quote>.From(quotes),
            Commitments = ValueList<Commitment>.From(commitments),
            Summary = ValueList<string>.From(Enumerable.Range(0, r.Next(4)).Select(_ => Text())),
            Diagnostics = ValueList<Diagnostic>.From(Enumerable.Range(0, r.Next(3)).Select(i => new Diagnostic(DiagnosticSeverity.Warning, i + 1, Text()))),
        };
    }
}
