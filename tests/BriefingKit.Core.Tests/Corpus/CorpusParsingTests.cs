// Every real transcript in tests/corpus parses; for several, speakers and turns are checked
// against counts taken by eye from the files (label lines counted with grep).
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BriefingKit.Tests.Support;

namespace BriefingKit.Tests.Corpus;

public sealed class CorpusParsingTests
{
    public static IEnumerable<object[]> AllFiles() =>
        Directory.EnumerateFiles(CorpusFiles.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", System.StringComparison.Ordinal) || f.EndsWith(".txt", System.StringComparison.Ordinal))
            .Where(f => !f.EndsWith("README.md", System.StringComparison.Ordinal))
            .Select(f => new object[] { Path.GetRelativePath(CorpusFiles.Root, f) });

    private static async Task<Transcript> ParseAsync(string relative)
    {
        await using var stream = File.OpenRead(CorpusFiles.Path(relative));
        return await BriefingPipeline.Default.ParseAsync(stream, relative);
    }

    private static int TurnsBy(Transcript t, string name) =>
        t.Turns.Count(turn => t.Speakers.Single(s => s.Id == turn.Speaker).Name == name);

    [Theory]
    [MemberData(nameof(AllFiles))]
    public async Task Parse_CorpusFile_HasTitleDateAndText(string relative)
    {
        var transcript = await ParseAsync(relative);
        Assert.False(string.IsNullOrWhiteSpace(transcript.Title));
        Assert.NotNull(transcript.Date);
        Assert.NotEmpty(transcript.Turns);
        Assert.All(transcript.Turns, turn => Assert.True(turn.Line > 0));
        Assert.DoesNotContain(transcript.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public async Task Parse_BidenSugaPressConference_BothLeadersAllTurnsReportersAsPress()
    {
        var t = await ParseAsync("week-2021-15/2021-04-16-remarks-by-president-biden-and-prime-minister-suga-of-japan-at-press-conference.md");

        Assert.Equal(TranscriptFormat.Markdown, t.Format);
        Assert.Equal(TranscriptKind.PressConference, t.Kind);
        Assert.Equal(new System.DateTime(2021, 4, 16), t.Date);
        Assert.Equal(3, t.Speakers.Count);
        var biden = t.Speakers.Single(s => s.Name == "Joe Biden");
        Assert.Equal(("President", "United States", SpeakerKind.Official), (biden.Role, biden.Affiliation, biden.Kind));
        var suga = t.Speakers.Single(s => s.Name == "Yoshihide Suga");
        Assert.Equal(("Prime Minister", "Japan", SpeakerKind.Official), (suga.Role, suga.Affiliation, suga.Kind));
        Assert.Equal(SpeakerKind.Press, t.Speakers.Single(s => s.Label == "Q").Kind);
        Assert.Equal(15, t.Turns.Count);
        Assert.Equal(6, TurnsBy(t, "Joe Biden"));
        Assert.Equal(5, TurnsBy(t, "Yoshihide Suga"));
        Assert.Equal(4, t.Turns.Count(turn => turn.Kind == TurnKind.Question));

        // Time marks and interpreter notes are annotations, not speech.
        Assert.Contains(t.Annotations, a => a.Text == "5:05 P.M. EDT");
        Assert.Contains(t.Annotations, a => a.Text == "(As interpreted.)");
        Assert.DoesNotContain(t.Turns, turn => turn.Text.Contains("P.M. EDT") || turn.Text.Contains("As interpreted"));
        Assert.StartsWith("Well, good afternoon. The Prime Minister has brought the sun out, so he can do about anything.", t.Turns[0].Text);
    }

    [Fact]
    public async Task Parse_PsakiBriefing_ResolvesMsPsakiFromTitle()
    {
        var t = await ParseAsync("week-2021-15/2021-04-15-press-briefing-by-press-secretary-jen-psaki-april-15-2021.md");

        var psaki = t.Speakers.Single(s => s.Label == "MS. PSAKI");
        Assert.Equal(("Jen Psaki", "Press Secretary", "United States"), (psaki.Name, psaki.Role, psaki.Affiliation));
        Assert.Equal(TranscriptKind.PressBriefing, t.Kind);
        Assert.Equal(214, t.Turns.Count);
        Assert.Equal(106, TurnsBy(t, "Jen Psaki"));
        Assert.Equal(107, t.Turns.Count(turn => turn.Kind == TurnKind.Question));
        Assert.Equal("Joe Biden", t.Speakers.Single(s => s.Label == "THE PRESIDENT").Name);
        Assert.Contains(t.Annotations, a => a.Text == "(Laughter.)");
    }

    [Fact]
    public async Task Parse_BackgroundCall_AnonymousOfficialsAndReporters()
    {
        var t = await ParseAsync("week-2021-15/2021-04-15-background-press-call-by-senior-administration-officials-on-russia.md");

        var official = t.Speakers.Single(s => s.Label == "SENIOR ADMINISTRATION OFFICIAL");
        Assert.Equal(("Senior Administration Official", "United States"), (official.Name, official.Affiliation));
        Assert.Equal(19, t.Turns.Count);
        Assert.Equal(4, t.Turns.Count(turn => turn.Kind == TurnKind.Question));
        Assert.Contains(t.Annotations, a => a.Text == "9:36 A.M. EDT");
    }

    [Fact]
    public async Task Parse_RemarksOnRussia_ThePresidentIsBiden()
    {
        var t = await ParseAsync("week-2021-15/2021-04-15-remarks-by-president-biden-on-russia.md");

        Assert.Equal(TranscriptKind.Speech, t.Kind);
        var president = t.Speakers.Single(s => s.Label == "THE PRESIDENT");
        Assert.Equal("Joe Biden", president.Name);
        Assert.Equal(4, TurnsBy(t, "Joe Biden"));
        // "Q    (Cross-talk.)" is a stage direction, not a question.
        Assert.Equal(2, t.Turns.Count(turn => turn.Kind == TurnKind.Question));
    }

    [Fact]
    public async Task Parse_SeedArticle_ProseWithTitleDatelineAndParagraphs()
    {
        var t = await ParseAsync("2017-04-19-us-russia-relations-in-spotlight.txt");

        Assert.Equal(TranscriptFormat.Prose, t.Format);
        Assert.Equal(TranscriptKind.Readout, t.Kind);
        Assert.Equal("U.S.-Russia Relations in Spotlight", t.Title);
        Assert.Equal(new System.DateTime(2017, 4, 19), t.Date);
        Assert.Equal(8, t.Turns.Count);
        Assert.All(t.Turns, turn => Assert.Null(turn.Speaker));
        Assert.Contains(t.Annotations, a => a.Text == "Reading audio");
    }

    [Fact]
    public async Task Parse_MarkdownReadout_FrontMatterGivesTitleDateUrlTags()
    {
        var t = await ParseAsync("week-2021-15/2021-04-13-readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-ru.md");

        Assert.Equal("Readout of President Joseph R. Biden, Jr. Call with President Vladimir Putin of Russia", t.Title);
        Assert.Equal("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/04/13/readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-russia-4-13/", t.Url);
        Assert.Equal(new[] { "statements-releases" }, t.Tags);
        Assert.Equal(TranscriptKind.Readout, t.Kind);
        Assert.Single(t.Turns);
        Assert.Contains("Russia’s actions, such as cyber intrusions and election interference. President Biden", t.Turns[0].Text);
    }
}
