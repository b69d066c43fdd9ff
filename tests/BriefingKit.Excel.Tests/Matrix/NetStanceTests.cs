// The net stance of a cell counts evidence sentences per stance group, not cues.
using System;
using BriefingKit.Excel.Internal;

namespace BriefingKit.Excel.Tests.Matrix;

public sealed class NetStanceTests
{
    private static readonly IsoWeek Week = IsoWeek.FromDate(new DateTime(2021, 4, 14));

    private static PositionFact Fact(Stance stance, string evidence, int order) =>
        new(Week, new DateTime(2021, 4, 14), "Germany", "ukraine", stance, order) { Evidence = evidence, Source = "readout.md" };

    [Fact]
    public void Two_cues_in_one_sentence_count_as_one_sentence()
    {
        const string affirmed = "The leaders affirmed their support for Ukraine's sovereignty.";
        var net = MatrixModel.Net(new[]
        {
            Fact(Stance.Agree, affirmed, 1),
            Fact(Stance.Support, affirmed, 2),
            Fact(Stance.Concern, "The leaders expressed concern about the build-up of Russian troops.", 3),
        });

        Assert.Equal(Stance.Concern, net[("ukraine", "Germany")].Stance);
    }
}
