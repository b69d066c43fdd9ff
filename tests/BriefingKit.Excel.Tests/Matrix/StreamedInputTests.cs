// Transcripts handed to the writer one at a time (IAsyncEnumerable) make the same workbook, byte for
// byte, as the same transcripts in a list, and the writer keeps only their rows: a transcript it
// has taken can be collected before the next arrives, so memory does not hold every model.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Matrix;

public sealed class StreamedInputTests
{
    private static readonly DateTime Thursday = new(2021, 4, 15);

    /// <summary>
    /// The corpus weeks, then made-up events out of date order, two on the same date and source (their input
    /// order decides), one undated and one with a date no week can show (both left out).
    /// </summary>
    private static async Task<List<Transcript>> MixedAsync()
    {
        var list = new List<Transcript>(await ParseAsync("week-2023-11", "week-2021-15"));
        list.Add(Event("z", Thursday.AddDays(7), P("United States", "ukraine", Stance.Urge, 3)));
        list.Add(Event("same", Thursday, P("Russia", "syria", Stance.Reject, 4, "s2")));
        list.Add(Event("same", Thursday, P("United States", "syria", Stance.Support, 5)));
        list.Add(Event("undated", Thursday, P("Russia", "ukraine", Stance.Concern, 6, "s2")) with { Date = null });
        list.Add(Event("far", DateTime.MaxValue.Date, P("Russia", "ukraine", Stance.Concern, 6, "s2")));
        list.Add(Event("a", Thursday.AddDays(-30), P("Russia", "ukraine", Stance.Criticize, 8, "s2")));
        return list;
    }

    private static async IAsyncEnumerable<Transcript> OneAtATime(IEnumerable<Transcript> transcripts, [EnumeratorCancellation] CancellationToken ct = default)
    {
        foreach (var transcript in transcripts)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            yield return transcript;
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2021-W15")]
    public async Task WriteStreamed_SameBytesAsTheList(string? week)
    {
        var transcripts = await MixedAsync();
        var options = new MatrixOptions { Week = week is null ? null : IsoWeek.Parse(week) };

        var fromList = await WriteAsync(transcripts, options);
        using var streamed = new MemoryStream();
        await MatrixWriters.Default.WriteStreamedAsync(OneAtATime(transcripts), streamed, options);

        Assert.Equal(fromList, streamed.ToArray());
    }

    [Fact]
    public async Task UpdateStreamed_SameBytesAsTheList()
    {
        var transcripts = await MixedAsync();
        var old = await WriteAsync(await ParseAsync("week-2021-15"));

        var fromList = await UpdateAsync(old, transcripts);
        using var input = new MemoryStream(old);
        using var streamed = new MemoryStream();
        await MatrixWriters.Default.UpdateStreamedAsync(input, OneAtATime(transcripts), streamed);

        Assert.Equal(fromList, streamed.ToArray());
    }

    [Fact]
    public async Task WriteStreamed_KeepsNoTranscriptItHasTaken()
    {
        var taken = new List<WeakReference<Transcript>>();
        var stillHeld = -1;

        async IAsyncEnumerable<Transcript> Made()
        {
            for (var i = 0; i < 30; i++)
            {
                await Task.Yield();
                yield return Made1(i, taken);
            }
            // Every transcript but the last (the writer's current one) must be free to go by now.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            stillHeld = taken.Take(taken.Count - 1).Count(w => w.TryGetTarget(out _));
        }

        using var output = new MemoryStream();
        await MatrixWriters.Default.WriteStreamedAsync(Made(), output);

        Assert.Equal(0, stillHeld);
        using var xlsx = Xlsx.Open(output.ToArray());
        Assert.Equal(30, xlsx.Rows("Sources").Count);
    }

    // Not inlined, so no local of the iterator keeps the transcript alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Transcript Made1(int i, List<WeakReference<Transcript>> taken)
    {
        var transcript = Event("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Thursday.AddDays(i), P("United States", "ukraine", Stance.Urge, i + 1), P("Russia", "ukraine", Stance.Reject, i + 2, "s2"));
        taken.Add(new WeakReference<Transcript>(transcript));
        return transcript;
    }

    [Fact]
    public async Task WriteStreamed_CancelledWhileReading_ThrowsAndWritesNothing()
    {
        var transcripts = await MixedAsync();
        using var cts = new CancellationTokenSource();
        async IAsyncEnumerable<Transcript> CancelHalfway()
        {
            var n = 0;
            await foreach (var transcript in OneAtATime(transcripts))
            {
                if (++n == 3) cts.Cancel();
                yield return transcript;
            }
        }

        using var output = new MemoryStream();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => MatrixWriters.Default.WriteStreamedAsync(CancelHalfway(), output, null, cts.Token));
        Assert.Equal(0, output.Length);
    }
}
