// Adds the people a transcript reports on as speakers: in a readout or article everyone
// named with a title ("Russian President Vladimir Putin"); in a labelled transcript, people
// whose words or acts are reported ("President Putin said", "President Biden raised").
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Adds reported people (named with a title) to <see cref="Transcript.Speakers"/>.</summary>
public sealed class ReportedPeopleAnalyzer : ITranscriptAnalyzer
{
    private static readonly Regex ReportingVerb = new(
        @"^\s*(?:,[^,]{0,80},\s*)?(?:also\s+|then\s+|has\s+|had\s+|have\s+|again\s+)?" + ReportingVerbs.Default.Any + @"\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    private static readonly Regex ReportingVerbAnywhere = new(
        @"\b" + ReportingVerbs.Default.Any + @"\b",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

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
    public IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.SpeakersMerged };

    /// <inheritdoc />
    public IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.ReportedPeople };

    /// <inheritdoc />
    public void Analyze(AnalysisDocument document, CancellationToken cancellationToken)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        document.Transcript = Analyze(document, document.Transcript, cancellationToken);
    }

    private Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        var prose = transcript.Turns.All(t => t.Speaker is null);
        var roster = new SpeakerRoster(transcript, _people);
        var texts = SentenceSplitter.Split(transcript).Select(s => s.Text);
        if (prose && transcript.Title is not null) texts = new[] { transcript.Title }.Concat(texts);
        foreach (var text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // In a labelled transcript only a sentence that reports someone's words can add a person.
            if (!prose && !ReportingVerbAnywhere.IsMatch(text)) continue;
            foreach (var mention in _finder.Find(text))
            {
                if (!prose && !ReportingVerb.IsMatch(text.Substring(mention.Index + mention.Length))) continue;
                roster.Resolve(mention);
            }
        }
        return roster.Changed ? transcript with { Speakers = roster.Speakers.ToValueList() } : transcript;
    }
}
