// The commitments a document has made so far, indexed by their content words, so a pledge
// restated later ("We're committed to raising the refugee cap" twice in one briefing) is found
// by looking up its own words instead of re-reading every earlier commitment: comparing each new
// commitment with all earlier ones made a long transcript's analysis quadratic in its pledges.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using static BriefingKit.Analysis.CommitmentText;

namespace BriefingKit.Analysis;

internal sealed class Restatements
{
    private readonly List<(IReadOnlyList<string> Actors, int WordCount)> _kept = new();
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);

    /// <summary>Remembers a commitment.</summary>
    public void Add(IReadOnlyList<string> actors, string text)
    {
        var words = ContentWords(text);
        var index = _kept.Count;
        _kept.Add((actors, words.Count));
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var holders)) _byWord[word] = holders = new List<int>();
            holders.Add(index);
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> restates a remembered commitment: one made by all of <paramref name="actors"/>
    /// (or more parties) that has most of the shorter text's content words (seven in ten) again.
    /// </summary>
    public bool IsRestatement(IReadOnlyList<string> actors, string text)
    {
        var words = ContentWords(text);
        if (words.Count < 2) return false;
        // How many of these words each earlier commitment shares.
        var shared = new Dictionary<int, int>();
        foreach (var word in words)
        {
            if (!_byWord.TryGetValue(word, out var holders)) continue;
            foreach (var index in holders) shared[index] = shared.TryGetValue(index, out var n) ? n + 1 : 1;
        }
        foreach (var pair in shared)
        {
            var (index, count) = (pair.Key, pair.Value);
            var (earlierActors, wordCount) = _kept[index];
            var shorter = Math.Min(words.Count, wordCount);
            if (shorter >= 2 && count * 10 >= shorter * 7 && actors.All(earlierActors.Contains)) return true;
        }
        return false;
    }

    private static HashSet<string> ContentWords(string text) =>
        new(Word.Matches(text.ToLowerInvariant()).Cast<Match>().Select(m => m.Value).Where(w => w.Length >= 4), StringComparer.Ordinal);
}
