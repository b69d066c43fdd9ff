// Moderators and panelists from how the introduction presents them.
using System.Linq;
using System.Threading;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

public sealed class SpeakerKindAnalyzerTests
{
    private static Transcript Analyze(params (string Label, string Text)[] turns)
    {
        var labels = turns.Select(t => t.Label).Distinct().ToList();
        var transcript = new Transcript
        {
            Speakers = labels.Select((l, i) => new Speaker("s" + (i + 1), l) { Label = l }).ToValueList(),
            Turns = turns.Select((t, i) => new Turn(t.Text) { Speaker = "s" + (labels.IndexOf(t.Label) + 1), Line = i + 1 }).ToValueList(),
        };
        var document = new AnalysisDocument(transcript);
        new SpeakerKindAnalyzer().Analyze(document, CancellationToken.None);
        return document.Transcript;
    }

    private static SpeakerKind KindOf(Transcript transcript, string label) => transcript.Speakers.Single(s => s.Label == label).Kind;

    [Fact]
    public void Analyze_SpeakerCalledTheModerator_IsModerator()
    {
        var transcript = Analyze(
            ("Announcer", "From the Civic Auditorium, the candidates' forum. Your moderator, Ms. Delphine Archer."),
            ("Ms. Archer", "Thank you, and welcome."),
            ("Mr. Kellerman", "Thank you for having me."));

        Assert.Equal(SpeakerKind.Moderator, KindOf(transcript, "Ms. Archer"));
        Assert.Equal(SpeakerKind.Unknown, KindOf(transcript, "Mr. Kellerman"));
    }

    [Fact]
    public void Analyze_CandidateNamedInThePanelSentence_IsNotPress()
    {
        var transcript = Analyze(
            ("BRENNAN", "I'm Hugh Brennan, Channel 9 News. Questioning Governor Pell tonight is a panel of reporters: Ms. Ada Voss and Mr. Tom Rusk."),
            ("VOSS", "Governor, what about the budget?"),
            ("PELL", "It will balance."),
            ("RUSK", "And taxes?"),
            ("PELL", "They will not rise."));

        Assert.Equal(SpeakerKind.Moderator, KindOf(transcript, "BRENNAN"));
        Assert.Equal(SpeakerKind.Press, KindOf(transcript, "VOSS"));
        Assert.Equal(SpeakerKind.Press, KindOf(transcript, "RUSK"));
        Assert.Equal(SpeakerKind.Unknown, KindOf(transcript, "PELL"));
        Assert.Equal(new[] { TurnKind.Statement, TurnKind.Question, TurnKind.Answer, TurnKind.Question, TurnKind.Answer }, transcript.Turns.Select(t => t.Kind));
    }

    [Fact]
    public void Analyze_SelfIntroductionWithoutNewsOrModerator_ChangesNothing()
    {
        var transcript = Analyze(
            ("Mr. Pell", "I'm Arthur Pell, and I am running for governor because the reporters keep asking me to."),
            ("Mr. Rusk", "Thank you."));

        Assert.All(transcript.Speakers, s => Assert.Equal(SpeakerKind.Unknown, s.Kind));
    }
}
