// The writer keeps rows and large parts in temporary files while it works: none may be left
// behind, whether the workbook was written, the write was cancelled, the workbook to update was
// not a workbook, or the output failed. Each test points the writer at a folder of its own.
using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Excel.Internal;
using BriefingKit.Excel.Tests.Support;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Matrix;

public sealed class TemporaryFileTests : IDisposable
{
    private static readonly DateTime Thursday = new(2021, 4, 15);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bk-matrix-temp-" + Guid.NewGuid().ToString("N"));

    public TemporaryFileTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<Transcript> Events(int count)
    {
        var list = new List<Transcript>();
        for (var i = 0; i < count; i++)
            list.Add(Event("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Thursday.AddDays(i % 20), P("United States", "ukraine", Stance.Urge, i + 1), P("Russia", "ukraine", Stance.Reject, i + 2, "s2")));
        return list;
    }

    private async IAsyncEnumerable<Transcript> Watched(IEnumerable<Transcript> transcripts, List<int> filesSeen, Action<int>? atEach = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var n = 0;
        foreach (var transcript in transcripts)
        {
            await Task.Yield();
            ct.ThrowIfCancellationRequested();
            filesSeen.Add(Directory.GetFiles(_folder).Length);
            atEach?.Invoke(++n);
            yield return transcript;
        }
    }

    [Fact]
    public async Task Written_UsesTheFolderThenLeavesItEmpty()
    {
        TemporaryFiles.Directory = _folder;
        var seen = new List<int>();
        using var output = new MemoryStream();

        await MatrixWriters.Default.WriteStreamedAsync(Watched(Events(40), seen), output);

        // The rows went to a file while the inputs arrived, and nothing is left once the workbook is written.
        Assert.Contains(seen, n => n > 0);
        Assert.Empty(Directory.GetFiles(_folder));
        using var xlsx = Xlsx.Open(output.ToArray());
        Assert.Equal(80, xlsx.Rows("Positions").Count);
    }

    [Fact]
    public async Task Cancelled_LeavesNoFileAndWritesNothing()
    {
        TemporaryFiles.Directory = _folder;
        using var cts = new CancellationTokenSource();
        using var output = new MemoryStream();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            MatrixWriters.Default.WriteStreamedAsync(Watched(Events(40), new List<int>(), n => { if (n == 20) cts.Cancel(); }), output, null, cts.Token));

        Assert.Empty(Directory.GetFiles(_folder));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task NotAWorkbookToUpdate_LeavesNoFile()
    {
        TemporaryFiles.Directory = _folder;
        using var notXlsx = new MemoryStream(new byte[] { 1, 2, 3, 4 });
        using var output = new MemoryStream();

        await Assert.ThrowsAsync<InvalidDataException>(() => MatrixWriters.Default.UpdateStreamedAsync(notXlsx, Watched(Events(10), new List<int>()), output));

        Assert.Empty(Directory.GetFiles(_folder));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public async Task OutputFails_LeavesNoFile()
    {
        TemporaryFiles.Directory = _folder;

        await Assert.ThrowsAsync<IOException>(() => MatrixWriters.Default.WriteStreamedAsync(Watched(Events(10), new List<int>()), new FailingStream()));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    /// <summary>An output that fails on the first write (a full disk, a closed pipe).</summary>
    private sealed class FailingStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("disk full");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new IOException("disk full");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("disk full");
    }
}
