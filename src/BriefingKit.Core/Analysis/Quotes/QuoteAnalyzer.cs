// Attributes direct quotations in prose to people: "“…,” Secretary Tillerson said",
// "said Tillerson", "Tillerson said, “…”", "according to …", "Name: “…”", "“…,” he said"
// (the last person named), and, with no attribution at all, the person a heading or bold lead
// above it names ("Secretary of State Marco Rubio on Face the Nation" over a list of his lines)
// until the next heading, else the person last quoted or named.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Finds direct quotations in unattributed (prose) turns and gives each its speaker and cue verb.</summary>
internal sealed class QuoteAnalyzer : TranscriptAnalyzer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
    private static readonly string Cue = "(?<cue>" + ReportingVerbs.Default.Speech + ")";
    private static readonly string Who = @"(?<who>(?:[\p{Lu}][\p{L}\p{M}.'’\-]*|of|the|al-[\p{Lu}][\p{L}\-]*)(?:\s+(?:[\p{Lu}][\p{L}\p{M}.'’\-]*|of|the|al-[\p{Lu}][\p{L}\-]*)){0,7}|" + ReportingVerbs.Default.Pronoun + @"|the\s+[\p{Lu}][\p{L}]+|the\s+[a-z]+)";

    // Regexes, not phrase lists: an attribution is a pattern (who, a lead word, the verb, in either order); its
    // word lists are data (reporting-verbs.json).
    // After the closing mark: ", Secretary Tillerson said" / ", said Tillerson" / ", he said".
    private static readonly TieredRegex After = new(@"^[\s,]*" + Who + @"\s+(?:" + ReportingVerbs.Default.QuoteLead + @"\s+)?" + Cue + @"\b|^[\s,]*" + Cue + @"\s+" + Who, Options, Timeout);

    // Before the opening mark: "Tillerson said, " / "Tillerson said that " / "according to Name, " / "Name: ".
    // A name before a colon labels the quote only when it is all the lead ("Senator Smith: “…”");
    // in "On his talks with Senator Smith: “…”" the lead is a topic and the name part of it.
    private static readonly TieredRegex Before = new(
        @"(?:" + Who + @"\s+(?:" + ReportingVerbs.Default.QuoteLead + @"\s+)?" + Cue + @"(?:\s+[\p{Ll}][\p{L}]*){0,6}?\s*(?:that\s+)?[,:]?|according\s+to\s+" + Who + @"\s*,)\s*$|^[\s\p{P}]*" + Who + @"\s*:\s*$",
        Options, Timeout);

    private readonly PeopleDirectory _people;
    private readonly PersonMentionFinder _finder;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="people">The people list.</param>
    /// <param name="actors">The actor gazetteer.</param>
    public QuoteAnalyzer(PeopleDirectory people, ActorDirectory actors)
    {
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _finder = PersonMentionFinder.Shared(actors ?? throw new ArgumentNullException(nameof(actors)), _people);
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.ReportedPeople };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.Quotes };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var roster = document.Roster(_people);
        var quotes = new List<Quote>();
        Speaker? last = null;
        var scannedTurn = 0;
        var scannedOffset = 0;
        var headings = Headings(transcript);

        var unclosed = new List<(int TurnIndex, int Open)>();
        foreach (var span in QuoteSpans.Find(transcript, unclosed))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var turn = transcript.Turns[span.TurnIndex];
            // The last person named before the quote stands behind "he said" and unattributed quotes.
            for (; scannedTurn <= span.TurnIndex; scannedTurn++, scannedOffset = 0)
            {
                var text = transcript.Turns[scannedTurn].Text;
                var end = scannedTurn == span.TurnIndex ? span.Open : text.Length;
                if (end > scannedOffset)
                    foreach (var mention in _finder.Find(text.Substring(scannedOffset, end - scannedOffset)))
                        last = roster.Resolve(mention);
                if (scannedTurn == span.TurnIndex)
                {
                    scannedOffset = Math.Max(scannedOffset, span.Close);
                    break;
                }
            }

            var (speaker, cue) = Attribute(turn.Text, span, roster, last);
            var line = LineOf(turn, span.Open);
            // No attribution of its own: the person the heading above names, while it lasts.
            if (speaker is null && headings.LastOrDefault(h => h.Line < line).Person is { } heading) speaker = roster.Resolve(heading);
            if (speaker is not null) last = speaker;
            quotes.Add(new Quote(span.Text)
            {
                Speaker = (speaker ?? last)?.Id,
                Cue = cue,
                Kind = QuoteKind.Direct,
                Line = line,
            });
        }

        var diagnostics = unclosed.Select(u => new Diagnostic(DiagnosticSeverity.Warning, LineOf(transcript.Turns[u.TurnIndex], u.Open),
            $"an opening quotation mark has no closing mark within {QuoteSpans.MaxWords} words; the text after it is not taken as a quote")).ToList();
        if (quotes.Count == 0 && !roster.Changed && diagnostics.Count == 0) return transcript;
        return transcript with
        {
            Speakers = roster.Speakers.ToValueList(),
            Quotes = transcript.Quotes.Concat(quotes).ToValueList(),
            Diagnostics = transcript.Diagnostics.Concat(diagnostics).ToValueList(),
        };
    }

    /// <summary>Most words a heading or bold lead has ("Secretary of Defense Pete Hegseth on Sunday Morning Futures").</summary>
    private const int HeadingWords = 15;

    /// <summary>
    /// The headings and lead lines (annotations, and short one-paragraph turns without a quotation
    /// or a full stop) in line order, each with the one person it names; a heading naming no one,
    /// or several, ends the section above it.
    /// </summary>
    private List<(int Line, PersonMention? Person)> Headings(Transcript transcript)
    {
        var lines = transcript.Annotations.Select(a => (a.Text, a.Line))
            .Concat(transcript.Turns.Where(t => t.Speaker is null && IsHeadingLike(t.Text)).Select(t => (t.Text, t.Line)))
            .OrderBy(h => h.Line);
        var headings = new List<(int Line, PersonMention? Person)>();
        foreach (var (text, line) in lines)
        {
            var people = _finder.Find(text).ToList();
            var person = people.Count > 0 && people.All(p => string.Equals(p.Surname, people[0].Surname, StringComparison.OrdinalIgnoreCase)) ? people[0] : null;
            headings.Add((line, person));
        }
        return headings;
    }

    private static bool IsHeadingLike(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && t.IndexOf('\n') < 0 && t.IndexOfAny(new[] { '“', '"' }) < 0 && t[t.Length - 1] is not ('.' or '!' or '?')
            && t.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Length <= HeadingWords;
    }

    private (Speaker? Speaker, string? Cue) Attribute(string text, QuoteSpan span, SpeakerRoster roster, Speaker? last)
    {
        var afterText = span.Close + 1 < text.Length ? text.Substring(span.Close + 1) : string.Empty;
        var after = After.Match(afterText.Length > 160 ? afterText.Substring(0, 160) : afterText);
        if (after.Success && ResolveWho(after.Groups["who"].Value, roster, last) is { } a) return (a, after.Groups["cue"].Value);

        var sentenceStart = Math.Max(text.LastIndexOfAny(new[] { '.', '!', '?', '\n' }, Math.Max(0, span.Open - 1)) + 1, 0);
        // An attribution sits right before the quote; a bounded window keeps matching linear.
        sentenceStart = Math.Max(sentenceStart, span.Open - 200);
        var beforeText = text.Substring(sentenceStart, span.Open - sentenceStart);
        var before = Before.Match(beforeText);
        if (before.Success && ResolveWho(before.Groups["who"].Value, roster, last) is { } b)
            return (b, before.Groups["cue"].Success ? before.Groups["cue"].Value : null);
        return (null, null);
    }

    private Speaker? ResolveWho(string who, SpeakerRoster roster, Speaker? last)
    {
        var w = who.Trim();
        if (w.Length == 0) return null;
        if (ReportingVerbs.Default.Pronouns.Contains(w)) return last;
        if (w.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            var roleWord = w.Substring(4).Trim();
            return roster.ByRole(roleWord) ?? (RoleWords.IsRoleWord(roleWord) ? last : null);
        }

        var mention = _finder.Find(w).FirstOrDefault();
        if (mention is not null) return roster.Resolve(mention);

        // An untitled name: "Marc Thiessen", "CNN’s Scott Jennings", or a surname already known.
        var words = w.Split(' ').Where(x => x.Length > 0).ToList();
        var possessive = words.FindLastIndex(x => x.EndsWith("’s", StringComparison.Ordinal) || x.EndsWith("'s", StringComparison.Ordinal));
        if (possessive >= 0) words = words.Skip(possessive + 1).ToList();
        if (words.Count == 1) return roster.BySurname(words[0]);
        if (words.Count is >= 2 and <= 4 && words.All(x => char.IsUpper(x[0])))
            return roster.Resolve(new PersonMention(string.Join(" ", words), 0, 0, string.Join(" ", words), null, null));
        return null;
    }

    private static int LineOf(Turn turn, int offset) => turn.LineAt(offset);
}
