using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit;

/// <summary>Reads an input in any supported format and analyses it into a <see cref="Transcript"/>.</summary>
public interface ITranscriptParser
{
    /// <summary>Reads and analyses one input, detecting its format from content (the file name's extension is a hint).</summary>
    /// <param name="input">The input's bytes. Not closed.</param>
    /// <param name="fileName">The file name, for messages and as a format hint.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read; the message names file, line and reason.</exception>
    Task<Transcript> ParseAsync(Stream input, string? fileName = null, CancellationToken ct = default);

    /// <summary>Reads and analyses one input in a given format (no detection).</summary>
    /// <param name="input">The input's bytes. Not closed.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <param name="format">The format to read; <see langword="null"/> detects it.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>The transcript.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read; the message names file, line and reason.</exception>
    Task<Transcript> ParseAsync(Stream input, string? fileName, TranscriptFormat? format, CancellationToken ct = default);
}
