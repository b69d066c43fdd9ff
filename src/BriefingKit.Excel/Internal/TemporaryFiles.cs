// The matrix writer's temporary files (spilled rows, spilled parts, the finished workbook): each is
// deleted by the system when its stream is closed, so every way out of a write (done, failed,
// cancelled) that disposes the stream leaves none behind.
using System;
using System.IO;
using System.Threading;

namespace BriefingKit.Excel.Internal;

internal static class TemporaryFiles
{
    private static readonly AsyncLocal<string?> Folder = new();

    /// <summary>The folder new files go to: the system's temporary folder, unless a caller (a test) chose another for its own flow.</summary>
    public static string Directory
    {
        get => Folder.Value ?? Path.GetTempPath();
        set => Folder.Value = value;
    }

    /// <summary>A new, empty temporary file open for reading and writing, deleted when the stream is closed.</summary>
    public static FileStream Create(string extension) => new(
        Path.Combine(Directory, "briefingkit-" + Guid.NewGuid().ToString("N") + extension),
        FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
}
