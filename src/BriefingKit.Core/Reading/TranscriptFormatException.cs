using System;

namespace BriefingKit;

/// <summary>
/// An input that cannot be read as a transcript. Carries the file, the 1-based line
/// (0 when the whole input is at fault) and the reason, in words a user can act on.
/// </summary>
public sealed class TranscriptFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The input's name, or <see langword="null"/> for an unnamed stream.</param>
    /// <param name="line">The 1-based line at fault, or 0 for the whole input.</param>
    /// <param name="reason">Why the input cannot be read.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TranscriptFormatException(string? fileName, int line, string reason, Exception? innerException = null)
        : base(Describe(fileName, line, reason), innerException)
    {
        FileName = fileName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The input's name, when known.</summary>
    public string? FileName { get; }

    /// <summary>The 1-based line at fault, or 0 for the whole input.</summary>
    public int Line { get; }

    /// <summary>Why the input cannot be read.</summary>
    public string Reason { get; }

    private static string Describe(string? fileName, int line, string reason) =>
        (fileName ?? "<input>") + (line > 0 ? ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ": " + reason;
}
