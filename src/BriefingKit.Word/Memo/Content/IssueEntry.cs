// One entry under an issue heading: one actor, or several backed by the same sentences
// ("the U.S. and Russia agreed …"), with the evidence quoted here and pointers to the sentences
// already quoted earlier in the memo (each sentence is quoted once).
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed class IssueEntry
{
    public IssueEntry(string actor, IReadOnlyList<Stance> stances, IReadOnlyList<Evidence> evidence, IReadOnlyList<QuotedEarlier> earlier, string key)
    {
        Actors = new List<string> { actor };
        Stances = stances;
        Evidence = evidence;
        Earlier = earlier;
        Key = key;
    }

    public List<string> Actors { get; }
    public IReadOnlyList<Stance> Stances { get; }
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>This entry's evidence that is quoted earlier in the memo, with where.</summary>
    public IReadOnlyList<QuotedEarlier> Earlier { get; }

    /// <summary>
    /// Set when the actor's positions on the issue rest only on other parties' words (the U.S. President
    /// speaking of Japan's pledge without naming Japan): the memo points at the sentence instead of quoting
    /// it under this actor.
    /// </summary>
    public Evidence? OthersOnly { get; init; }

    public string Key { get; }
}
