using System;
using System.Collections.Generic;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>
/// The usual shape of an analysis step: it reads the document and returns the transcript with its
/// results, which this base sets on the document. Derive from it, or implement
/// <see cref="ITranscriptAnalyzer"/> directly.
/// </summary>
internal abstract class TranscriptAnalyzer : ITranscriptAnalyzer
{
    /// <inheritdoc />
    public abstract IReadOnlyCollection<string> Requires { get; }

    /// <inheritdoc />
    public abstract IReadOnlyCollection<string> Provides { get; }

    /// <inheritdoc />
    public void Analyze(AnalysisDocument document, CancellationToken cancellationToken)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        document.Transcript = Analyze(document, document.Transcript, cancellationToken);
    }

    /// <summary>Analyses the transcript.</summary>
    /// <param name="document">The document, for its shared views (sentences, roster, …).</param>
    /// <param name="transcript">The transcript so far (the document's).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The transcript with this step's results.</returns>
    protected abstract Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken);
}
