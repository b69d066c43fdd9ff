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
}
