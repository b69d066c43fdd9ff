// One entry under an issue heading: one actor, or several backed by the same sentences
// ("the U.S. and Russia agreed …"), with the evidence not already quoted above it.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed class IssueEntry
{
    public IssueEntry(string actor, IReadOnlyList<Stance> stances, IReadOnlyList<Evidence> evidence, bool evidenceAbove, string key)
    {
        Actors = new List<string> { actor };
        Stances = stances;
        Evidence = evidence;
        EvidenceAbove = evidenceAbove;
        Key = key;
    }

    public List<string> Actors { get; }
    public IReadOnlyList<Stance> Stances { get; }
    public IReadOnlyList<Evidence> Evidence { get; }

    /// <summary>Some of this entry's evidence is already quoted under an earlier actor of the same issue.</summary>
    public bool EvidenceAbove { get; }

    public string Key { get; }
}
