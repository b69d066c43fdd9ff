// The memo contract: transcripts in, one Word briefing memo out.
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Word;

/// <summary>Writes a Word briefing memo (.docx) covering one or more transcripts.</summary>
public interface IMemoWriter
{
    /// <summary>
    /// Writes one memo covering every transcript in <paramref name="transcripts"/> to <paramref name="output"/>.
    /// Nothing is written to <paramref name="output"/> until the whole document has been built, so a failure
    /// leaves it untouched.
    /// </summary>
    /// <param name="transcripts">The analysed transcripts (at least one).</param>
    /// <param name="output">A writable stream that receives the .docx package.</param>
    /// <param name="options">Addressees, classification, template and limits; defaults when <see langword="null"/>.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <returns>A task that completes when the memo has been written.</returns>
    Task WriteAsync(IReadOnlyList<Transcript> transcripts, Stream output, MemoOptions? options = null, CancellationToken ct = default);
}
