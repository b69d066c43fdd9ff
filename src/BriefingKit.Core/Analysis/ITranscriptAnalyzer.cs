using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>
/// One step of analysis: takes a transcript and returns it with more filled in (names
/// resolved, issues tagged, …). Implementations are stateless and thread-safe.
/// </summary>
public interface ITranscriptAnalyzer
{
    /// <summary>Analyses the transcript.</summary>
    /// <param name="transcript">The transcript so far.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The transcript with this step's results.</returns>
    Transcript Analyze(Transcript transcript, CancellationToken cancellationToken);
}
