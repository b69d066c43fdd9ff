// Output is written to a temporary file beside the target and moved into place, so a
// failure never leaves a partial file behind (nor the temporary one), and an existing file
// is replaced only by a complete one.
using System;
using System.IO;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Output;

internal static class SafeFile
{
    public static void Write(string path, Action<Stream> write) =>
        WriteAsync(path, stream =>
        {
            write(stream);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    /// <summary>Writes the file as <paramref name="write"/> produces it; the target is replaced only when it completes.</summary>
    public static async Task WriteAsync(string path, Func<Stream, Task> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536, useAsync: false);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream).ConfigureAwait(false);
                // On disk before it replaces the old file (a writer may have closed the stream itself).
                if (stream.CanWrite) stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
