using System.Threading;

namespace BriefingKit.Reading;

/// <summary>
/// Reads one input format into a <see cref="Transcript"/> (speakers as labelled, turns,
/// annotations, title and date where the format has them). Analysis happens afterwards.
/// Implementations are stateless and thread-safe.
/// </summary>
public interface ITranscriptReader
{
    /// <summary>The format this reader reads.</summary>
    TranscriptFormat Format { get; }

    /// <summary>
    /// How confident the reader is that the input is in its format, from 0 (not at all) to
    /// 100 (certain). Looks at content first and the file extension only as a hint.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>A confidence score.</returns>
    int Detect(TranscriptInput input);

    /// <summary>Reads the input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The transcript as read, before analysis.</returns>
    /// <exception cref="TranscriptFormatException">The input cannot be read in this format.</exception>
    Transcript Read(TranscriptInput input, CancellationToken cancellationToken);
}
