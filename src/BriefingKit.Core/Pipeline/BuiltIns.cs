// The built-in readers and analyzers, in order. One list, so the default pipeline and
// the DI registration cannot drift apart.
using System.Collections.Generic;
using BriefingKit.Analysis;
using BriefingKit.Reading;

namespace BriefingKit;

internal static class BuiltIns
{
    public static void AddReaders(List<ITranscriptReader> readers)
    {
        readers.Add(new WhisperJsonReader());
        readers.Add(new AwsTranscribeJsonReader());
        readers.Add(new BriefingKitJsonReader());
        readers.Add(new WebVttReader());
        readers.Add(new SrtReader());
        readers.Add(new MarkdownReader());
        readers.Add(new SpeakerLabelledReader());
        readers.Add(new ProseReader());
    }

    public static void AddAnalyzers(AnalyzerList analyzers, BriefingKitOptions options)
    {
        var people = options.PeoplePath is null ? PeopleDirectory.Default : PeopleDirectory.WithUserFile(options.PeoplePath);
        analyzers.Add(new MetadataAnalyzer());
        var actors = options.ActorsPath is null ? ActorDirectory.Default : ActorDirectory.WithUserFile(options.ActorsPath);
        analyzers.Add(new SpeakerKindAnalyzer());
        analyzers.Add(new SpeakerResolver(people, actors));
        analyzers.Add(new SpeakerMerger());
        analyzers.Add(new ReportedPeopleAnalyzer(people, actors));
        analyzers.Add(new QuoteAnalyzer(people, actors));
        var taxonomy = options.TaxonomyPath is null ? IssueTaxonomy.Default : IssueTaxonomy.WithUserFile(options.TaxonomyPath);
        analyzers.Add(new IssueTagger(taxonomy, StanceLexicon.Default));
        analyzers.Add(new StanceAnalyzer(taxonomy, StanceLexicon.Default, actors, people));
        analyzers.Add(new CommitmentAnalyzer(taxonomy, actors, people));
        analyzers.Add(new SummaryAnalyzer(taxonomy));
    }
}
