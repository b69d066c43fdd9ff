// Runs briefingkit through the same entry point as the process, with captured output.
using System;
using System.IO;
using System.Threading.Tasks;

namespace BriefingKit.Cli.Tests;

internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (exit, output, error, _) = await RunWithAsync(null, false, args);
        return (exit, output, error);
    }

    /// <summary>
    /// Runs with <paramref name="stdin"/> as standard input, stderr taken for a terminal when
    /// <paramref name="errorIsTerminal"/>, and what went to standard output as bytes returned too.
    /// </summary>
    public static async Task<(int Exit, string Out, string Err, byte[] Stdout)> RunWithAsync(byte[]? stdin, bool errorIsTerminal, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var stdout = new MemoryStream();
        var streams = new CliStreams(output, error)
        {
            OpenStandardInput = () => new MemoryStream(stdin ?? Array.Empty<byte>()),
            OpenStandardOutput = () => new NonClosingStream(stdout),
            ErrorIsTerminal = errorIsTerminal,
        };
        var exit = await BriefingKitCli.RunAsync(args, streams);
        return (exit, output.ToString(), error.ToString(), stdout.ToArray());
    }

    // Standard output is not closed by a writer that disposes its stream.
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
