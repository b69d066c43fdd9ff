// Cancellation is honoured: a long parse or write stopped by its token ends soon after with
// OperationCanceledException, not after the whole job, and leaves nothing half-done behind.
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Reliability.Tests.Fuzzing;

namespace BriefingKit.Reliability.Tests.Cancellation;

public sealed class CancellationTests
{
    // How long after the token fires the work may go on. Generous, because the machine is shared; what it
    // guards against is a parse that ignores its token and runs to the end (tens of seconds here).
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    // About 8 MB of a labelled briefing: some ten seconds of work here, far more than the token allows.
    private static byte[] LongBriefing()
    {
        var text = new StringBuilder("Press Briefing by the Spokesperson\n\n");
        for (var i = 0; text.Length < 8_000_000; i++)
        {
            text.Append("MS. ROE:  We strongly support the ceasefire mission, and we will provide ")
                .Append(i).Append(" tents to the families displaced by the floods.\n\n");
            text.Append("Q:  Can you say whether sanctions are still on the table after the launch?\n\n");
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public async Task Parse_CancelledPartway_StopsSoonWithOperationCanceled()
    {
        var bytes = LongBriefing();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            using var stream = new MemoryStream(bytes, writable: false);
            await Parsers.Parser.ParseAsync(stream, "long.txt", TranscriptFormat.SpeakerLabelled, cancel.Token);
        });

        Assert.True(clock.Elapsed < TimeSpan.FromMilliseconds(300) + Grace, $"the parse went on for {clock.Elapsed.TotalSeconds:0.0} s after being cancelled at 0.3 s");
    }

    [Fact]
    public async Task MatrixWrite_AlreadyCancelled_ThrowsAndWritesNothing()
    {
        var transcript = new Transcript
        {
            Title = "Briefing",
            Date = new DateTime(2024, 5, 6),
            Positions = Enumerable.Range(1, 50).Select(i => new Position("Norway", "climate", Stance.Support) { Evidence = "We support it.", Line = i }).ToValueList(),
        };
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Parsers.MatrixWriter.WriteAsync(new[] { transcript }, output, null, cancel.Token));
        Assert.Equal(0, output.Length);
    }
}
