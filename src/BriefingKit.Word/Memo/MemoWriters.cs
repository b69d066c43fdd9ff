// The way to the memo writer without dependency injection, as BriefingPipeline.Default is for reading;
// the writer class itself stays internal so that it can change behind IMemoWriter.
namespace BriefingKit.Word;

/// <summary>The built-in <see cref="IMemoWriter"/>, for code that does not use <c>AddBriefingKitWord()</c>.</summary>
public static class MemoWriters
{
    /// <summary>
    /// The Word briefing memo writer: MEMORANDUM block, bottom line, participants, one section per issue with
    /// each actor's positions and the quotes behind them, an agreement/disagreement table, commitments and
    /// sources. Stateless and thread-safe; the same instance <c>AddBriefingKitWord()</c> registers.
    /// </summary>
    public static IMemoWriter Default => MemoWriter.Default;
}
