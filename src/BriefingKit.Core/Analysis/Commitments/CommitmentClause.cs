// Reads the action a commitment cue introduces: where it starts after the cue ("agreed to |
// establish …"), where its clause ends, and, for an enumerated list ("(i) modify …; and (ii)
// remove …"), one action per item. What the clause must not be is NotAnAction's concern.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using static BriefingKit.Analysis.CommitmentText;

namespace BriefingKit.Analysis;

internal sealed class CommitmentClause
{
    private const int MaxWords = 40;

    private readonly CommitmentWords _words;

    public CommitmentClause(CommitmentWords words) => _words = words;

    /// <summary>
    /// Where the action a cue introduces starts, or -1 when the cue introduces none: "agreed to the
    /// proposal" (a noun after a verb of pledging), "the will of the people", "will not", "launched
    /// in 2019" (no object after a launch verb).
    /// </summary>
    public int ActionStart(string text, int index, int length, CommitmentCueKind kind)
    {
        var end = index + length;
        // "we'll": the contraction hangs on a word.
        if (end > index && text[index] is '\'' or '’' && (index == 0 || !char.IsLetter(text[index - 1]))) return -1;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-')) return -1;
        var rest = text.Substring(end);
        var start = end + (rest.Length - rest.TrimStart().Length);
        var enumerator = Enumerator.Match(text, start);
        if (enumerator.Success && enumerator.Index == start) start += enumerator.Length;
        if (start >= text.Length || start == end) return -1;
        var next = Word.Match(text, start);
        if (!next.Success || next.Index != start) return -1;
        var first = next.Value;
        switch (kind)
        {
            case CommitmentCueKind.Future:
                if (_words.NotAfterFuture.LengthAtStart(text.Substring(start)) > 0) return -1;
                return char.IsLower(first[0]) ? start : -1;
            case CommitmentCueKind.PledgeVerb:
            case CommitmentCueKind.Continuing:
                return char.IsLower(first[0]) && !_words.Articles.Contains(first) ? start : -1;
            case CommitmentCueKind.PledgeNoun:
                return start;
            case CommitmentCueKind.IntentNoun:
                if (first is "in" or "to") return WordAfter(text, next.Index + next.Length);
                if (first != "of") return -1;
                // "the intention of Türkiye to send …": the action follows the "to" after the holder.
                var to = CommitmentText.ToAfterHolder.Match(text.Substring(next.Index + next.Length));
                return to.Success ? next.Index + next.Length + to.Length : -1;
            case CommitmentCueKind.Launch:
                return _words.LaunchObjects.LengthAtStart(text.Substring(start)) > 0 ? start : -1;
            default:
                return -1;
        }
    }

    private static int WordAfter(string text, int from)
    {
        var i = from;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i > from && i < text.Length && char.IsLower(text[i]) ? i : -1;
    }

    /// <summary>"our commitment to meet in person is indicative of …": the action ends at the sentence's own copula.</summary>
    public string BeforeOwnVerb(string what)
    {
        foreach (Match word in Word.Matches(what))
        {
            if (_words.Subordinators.Contains(word.Value)) return what;
            if (_words.Copulas.Contains(word.Value) && word.Index > 0) return what.Substring(0, word.Index).TrimEnd();
            if (word.Index > 0 && what.LastIndexOf(',', word.Index) >= 0) return what;
        }
        return what;
    }

    /// <summary>
    /// The committed action: the words after the cue up to the end of the clause, and, when the
    /// action is an enumerated list ("(i) modify …; and (ii) remove …"), one action per item; with
    /// where in <paramref name="after"/> the last item's words end.
    /// </summary>
    public (List<string> Items, int End) Items(string after)
    {
        var begins = new List<int> { 0 };
        var marks = Enumerator.Matches(after).Cast<Match>().Where(m => m.Index > 0 && char.IsWhiteSpace(after[m.Index - 1])).ToList();
        begins.AddRange(marks.Select(m => m.Index + m.Length));
        var items = new List<string>();
        var end = 0;
        for (var i = 0; i < begins.Count; i++)
        {
            var limit = i + 1 < begins.Count ? marks[i].Index : after.Length;
            var (text, length) = Clause(after.Substring(begins[i], limit - begins[i]));
            items.Add(text);
            end = begins[i] + length;
            if (i == 0 && marks.Count == 0) break;
        }
        return (items, end);
    }

    /// <summary>The words of one action up to the end of its clause, and how far into <paramref name="after"/> they reach.</summary>
    private (string Text, int Length) Clause(string after)
    {
        var end = after.Length;
        // The text is one sentence already, so a full stop here belongs to "U.S." and is not an end.
        foreach (var stop in _words.ClauseBreaks.Matches(after))
            if (stop.Index > 0 && stop.Index < end) end = stop.Index;
        // "commitment to the transatlantic relationship and pledged to continue …": a second verb starts
        // a clause of its own (which the cue search finds separately).
        foreach (Match and in CommitmentText.AndVerb.Matches(after))
        {
            if (and.Index >= end) break;
            if (_words.NextVerbs.Contains(and.Groups["verb"].Value))
            {
                end = and.Index;
                break;
            }
        }
        // At most MaxWords words, counted without the asides.
        var reach = 0;
        var clause = after.Substring(0, end);
        var plain = Aside.Replace(clause, m => new string('\u0001', m.Length));
        // The first words, up to the limit (asides blanked out).
        var words = new List<string>();
        foreach (Match w in CommitmentText.UnblankedWord.Matches(plain))
        {
            if (words.Count == MaxWords) break;
            words.Add(w.Value);
            reach = w.Index + w.Length;
        }
        while (words.Count > 0 && _words.Conjunctions.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        // "the future of — the river dams": in speech a dash right after a preposition or article breaks off a
        // phrase that the next words restart; the pledge reads on without the dash. ("continue to — we're going to
        // look": "to" there marks a broken-off verb, a false start of the whole clause, which keeps its dash.)
        for (var i = words.Count - 1; i > 0; i--)
            if (words[i] is "\u2014" or "\u2013" or "--" && !string.Equals(words[i - 1], "to", StringComparison.OrdinalIgnoreCase)
                && (_words.Prepositions.Contains(words[i - 1]) || _words.Articles.Contains(words[i - 1])))
                words.RemoveAt(i);
        return (string.Join(" ", words).TrimEnd('.', ',', ';', ':', '”', '"'), reach);
    }
}
