using System.Collections.Generic;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>
/// One step of analysis: reads the <see cref="AnalysisDocument"/> and adds its results (names
/// resolved, issues tagged, …) by setting <see cref="AnalysisDocument.Transcript"/>. It declares
/// what it needs from earlier steps and what it adds, so a pipeline in the wrong order is refused
/// when it is built. Implementations are stateless and thread-safe.
/// </summary>
internal interface ITranscriptAnalyzer
{
    /// <summary>What earlier steps must have added (names from <see cref="AnalysisFacts"/> or your own).</summary>
    IReadOnlyCollection<string> Requires { get; }

    /// <summary>What this step adds.</summary>
    IReadOnlyCollection<string> Provides { get; }

    /// <summary>Analyses the document and sets its transcript to the result.</summary>
    /// <param name="document">The transcript under analysis and its shared views.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    void Analyze(AnalysisDocument document, CancellationToken cancellationToken);
}
