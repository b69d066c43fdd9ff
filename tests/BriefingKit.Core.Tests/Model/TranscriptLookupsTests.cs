using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace BriefingKit.Core.Tests.Model;

public class TranscriptLookupsTests
{
    private static async Task<Transcript> ParseAsync(string text, string name)
    {
        var pipeline = BriefingPipelineBuilder.CreateDefault().Build();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return await pipeline.ParseAsync(stream, name);
    }

    [Fact]
    public async Task A_labelled_speakers_position_is_a_spoken_quote_and_narration_is_not()
    {
        var labelled = await ParseAsync(
            "PRESIDENT BIDEN:  Good afternoon.\n\nPRESIDENT BIDEN:  We condemn the attack on Ukraine and we urge Russia to stop the build-up of troops on Ukraine's border.\n",
            "remarks.txt");
        var prose = await ParseAsync(
            "Readout of a call\n\nPresident Biden condemned the attack on Ukraine and urged Russia to stop the build-up of troops on Ukraine's border.\n",
            "readout.txt");

        var spoken = labelled.Positions.Select(p => labelled.SpokenQuote(p)).Where(q => q is not null).ToList();
        Assert.NotEmpty(spoken);
        Assert.All(spoken, q => Assert.Equal("Joe Biden", labelled.FindSpeaker(q!.Speaker)?.Name));
        Assert.NotEmpty(prose.Positions);
        Assert.All(prose.Positions, p => Assert.Null(prose.SpokenQuote(p)));
    }

    [Fact]
    public async Task Participants_are_who_speaks_or_the_parties_a_readout_reports()
    {
        var briefing = await ParseAsync(
            "Press Briefing by Press Secretary Jen Psaki\n\nMS. PSAKI:  President Biden spoke with Chancellor Angela Merkel today.\n\nQ    Thanks, Jen.\n\nMS. PSAKI:  Sure.\n",
            "briefing.txt");
        var readout = await ParseAsync(
            "Readout of a call\n\nPresident Joe Biden spoke today with Chancellor Angela Merkel of Germany.  "
            + "The leaders expressed concern about the build-up of Russian troops on Ukraine's borders.  They recalled the work of Prime Minister Boris Johnson.\n",
            "readout.txt");

        Assert.Contains(briefing.Speakers, s => s.Name == "Joe Biden"); // mentioned as "the President"
        Assert.DoesNotContain(briefing.Participants(), s => s.Name == "Joe Biden");
        Assert.Contains(briefing.Participants(), s => s.Name == "Jen Psaki");
        Assert.Contains(readout.Speakers, s => s.Name == "Boris Johnson"); // reported, but his party holds no position
        Assert.Equal(new[] { "Angela Merkel", "Joe Biden" }, readout.Participants().Select(s => s.Name).OrderBy(n => n));
    }

    [Fact]
    public async Task A_spoken_quote_is_the_turn_holders_words_even_for_another_partys_position()
    {
        var conference = await ParseAsync(
            "Remarks by President Biden and Prime Minister Suga of Japan at Press Conference\n\nPRESIDENT BIDEN:  Good afternoon.\n\n"
            + "PRIME MINISTER SUGA:  (As interpreted.)  President Biden strongly supports the climate partnership between our two countries.\n",
            "remarks.txt");

        var us = Assert.Single(conference.Positions, p => p.Actor == "United States");
        Assert.Equal("Yoshihide Suga", conference.FindSpeaker(conference.SpokenQuote(us)?.Speaker)?.Name);
    }
}
