// The process's standard streams as the commands see them: text output and errors, the binary
// standard input and output behind "-", and whether errors go to a terminal (progress is shown
// only then). Tests run the commands with their own.
using System;
using System.IO;
using System.Threading;

namespace BriefingKit.Cli;

internal sealed class CliStreams
{
    private static readonly AsyncLocal<CliStreams?> Ambient = new();

    public CliStreams(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Opens standard input, for an input named "-".</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Opens standard output as bytes, for "-o -" with a .docx or .xlsx.</summary>
    public Func<Stream> OpenStandardOutput { get; init; } = Console.OpenStandardOutput;

    /// <summary>Whether <see cref="Error"/> is a terminal someone watches (then long runs show progress).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The streams of the command running on this flow (the process's when none was set).</summary>
    public static CliStreams Current
    {
        get => Ambient.Value ?? new CliStreams(Console.Out, Console.Error) { ErrorIsTerminal = !Console.IsErrorRedirected };
        set => Ambient.Value = value;
    }
}
