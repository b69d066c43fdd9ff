// Real-client checks: converts a document with LibreOffice headless. Tests that need it call
// Skip.IfNot(LibreOffice.IsAvailable, LibreOffice.MissingReason) so a machine without it
// shows a visible skip; CI installs it (.ci/run) so there they run.
using System;
using System.Diagnostics;
using System.IO;

namespace BriefingKit.Tests.Shared;

internal static class LibreOffice
{
    private static readonly Lazy<string?> Executable = new(Find);

    public static bool IsAvailable => Executable.Value is not null;

    public const string MissingReason = "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui and libreoffice-calc-nogui";

    /// <summary>Converts <paramref name="document"/> to <paramref name="format"/> (e.g. "pdf", "csv", "txt") and returns the output path.</summary>
    public static string Convert(string document, string format, TimeSpan? timeout = null)
    {
        var exe = Executable.Value ?? throw new InvalidOperationException(MissingReason);
        var outDir = Path.Combine(Path.GetTempPath(), "bk-lo-" + Guid.NewGuid().ToString("N"));
        var profile = Path.Combine(Path.GetTempPath(), "bk-lo-profile-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outDir);
        var start = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, document })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("soffice did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(2)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"soffice did not convert {document} in time");
        }
        var expected = Path.Combine(outDir, Path.GetFileNameWithoutExtension(document) + "." + format.Split(':')[0]);
        if (!File.Exists(expected))
            throw new InvalidOperationException($"soffice did not write {expected} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return expected;
    }

    private static string? Find()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }
}
