// Adds the people a transcript reports on as speakers: in a readout or article everyone
// named with a title ("Russian President Vladimir Putin"); in a labelled transcript, people
// whose words, acts or stated attitudes are reported ("President Putin said", "President Biden
// raised", "President Duda was very thankful").
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Adds reported people (named with a title) to <see cref="Transcript.Speakers"/>.</summary>
internal sealed class ReportedPeopleAnalyzer : TranscriptAnalyzer
{
    // "was very, very thankful", "is clear": a stated attitude reports a position as a verb of saying does.
    private static readonly string Attitude = ReportingVerbs.Default.AttitudeLink + @"\s+(?:" + ReportingVerbs.Default.Intensifier + @"[,\s]+)*" + ReportingVerbs.Default.Attitude;

    // Regexes around the reporting verbs: a verb right after a name (with a joined name, an aside or a lead word
    // between), or a verb of saying right before one. The word lists in them are data (reporting-verbs.json).
    private static readonly TieredRegex ReportingVerb = new(
        @"^\s*(?:and\s+(?:[\p{Lu}][\p{L}\p{M}'’\-.]*\s+){1,5})?(?:,[^,]{0,80},\s*)?(?:(?:" + ReportingVerbs.Default.ReportLead + @"\s+)?" + ReportingVerbs.Default.Any + "|" + Attitude + @")\b",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);

    // A regex for the attitude only: it is a pattern ("was very, very thankful"); the verbs alone are a phrase list.
    private static readonly TieredRegex AttitudeAnywhere = new(@"\b" + Attitude + @"\b",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);

    // The verbs alone, matched as written, as the regexes that take the same verbs do ("Said" opens no report).
    private static readonly PhraseMatcher<bool> AnyVerb = new(ReportingVerbs.Default.AnyVerbs.Select(v => (v, true)), caseSensitive: true);

    private static bool ReportsAnything(Sentence sentence) => AnyVerb.Matches(sentence).Count > 0 || AttitudeAnywhere.IsMatch(sentence.Text);

    // (A subject of two joined by "and" reports both: "Chancellor Weber and President Lind (both) said".)
    // Inverted attribution before the name: "as my colleague said, Admiral Kirby, …", "…,” said Secretary Blinken".
    private static readonly TieredRegex SayingBefore = new(
        @"(?:\b(?:" + ReportingVerbs.Default.Saying + @")\s*,|[,”""]\s*(?:" + ReportingVerbs.Default.Saying + @"))\s*$",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);

    // "Sixty years ago, President Kennedy spoke of …", "In 1962, …": an act dated a decade or more back is history,
    // and the person a historical reference, not someone whose words the document reports. (A regex, not a
    // phrase list: the count may be digits and take one more word, "sixty-five years ago"; the words are data.)
    private static readonly TieredRegex HistoryBefore = new(
        @"\b(?:(?:\d{2,}|" + DateWords.Default.NumberWords + @")(?:[\s\-]+\w+)?\s+years|" + DateWords.Default.LongSpans + @")\s+ago\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.Timeout);

    // A decade back, a person is a historical figure, not someone whose words the document reports ("In 1962,
    // President Kennedy …"); a year or two back may be the same people's recent acts. (The stance rule's threshold
    // differs on purpose: a position dated any earlier year is not this week's.)
    private const int HistoryYears = 10;

    private static bool IsHistory(string before, DateTime? date) =>
        HistoryBefore.IsMatch(before) || (date is { } day && YearMentions.In(before).Any(year => year <= day.Year - HistoryYears));

    private readonly PeopleDirectory _people;
    private readonly PersonMentionFinder _finder;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="people">The people list.</param>
    /// <param name="actors">The actor gazetteer.</param>
    public ReportedPeopleAnalyzer(PeopleDirectory people, ActorDirectory actors)
    {
        _people = people ?? throw new ArgumentNullException(nameof(people));
        _finder = PersonMentionFinder.Shared(actors ?? throw new ArgumentNullException(nameof(actors)), _people);
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.SpeakersMerged };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.ReportedPeople };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var prose = transcript.Turns.All(t => t.Speaker is null);
        var roster = document.Roster(_people);
        // A prose text's title names people too; the sentences' mentions are found once and shared with later analyzers.
        if (prose && transcript.Title is not null) Add(transcript.Title, _finder.Find(transcript.Title), roster, prose, transcript.Date);
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // In a labelled transcript only a sentence that reports someone's words can add a person.
            if (!prose && !ReportsAnything(sentence)) continue; // (the verbs of saying are among them)
            Add(sentence.Text, _finder.Find(sentence), roster, prose, transcript.Date);
        }
        return roster.Changed ? transcript with { Speakers = roster.Speakers.ToValueList() } : transcript;
    }

    private static void Add(string text, IEnumerable<PersonMention> mentions, SpeakerRoster roster, bool prose, DateTime? date)
    {
        foreach (var mention in mentions)
        {
            // Named only inside someone else's title, a person is not reported on.
            if (PeoplePatterns.TitleOfAnother.Match(text.Substring(0, mention.Index)) is { Success: true } title && RoleWords.IsRoleWord(title.Groups["role"].Value)) continue;
            if (IsHistory(text.Substring(0, mention.Index), date)) continue;
            if (!prose && !ReportingVerb.IsMatch(text.Substring(mention.Index + mention.Length))
                && !SayingBefore.IsMatch(text.Substring(0, mention.Index))) continue;
            roster.Resolve(mention);
        }
    }
}
