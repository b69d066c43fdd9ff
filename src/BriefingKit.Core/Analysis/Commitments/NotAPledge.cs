// The tests on the words before a commitment cue that make it no pledge: a subject that is a
// thing (a prediction: "this will mean jobs"), a negation ("did not agree to"), a condition
// ("if they continue to"), a noun clause ("the fact that we'll meet") and a benefit ("in our
// interest to"). What the action itself must not be is NotAnAction's concern.
using System;
using System.Linq;
using System.Text.RegularExpressions;
using static BriefingKit.Analysis.CommitmentText;

namespace BriefingKit.Analysis;

internal sealed class NotAPledge
{
    private readonly CommitmentWords _words;
    private readonly ActorDirectory _actors;

    public NotAPledge(CommitmentWords words, ActorDirectory actors)
    {
        _words = words;
        _actors = actors;
    }

    /// <summary>Whether the words before a cue take the pledge back: a noun clause, a condition, a negation or a benefit.</summary>
    public bool TakesBack(string before, CommitmentCueKind kind) =>
        IsNominal(before) || IsConditional(before) || IsNegated(before) || IsBenefit(before, kind);

    /// <summary>
    /// Whether the subject of a future or a continuing course is a party: "we will", "the leaders
    /// will", "Japan will", "U.S. and UK submarines will" — not a thing, which makes it a prediction
    /// ("this will mean jobs", "the partnership will grow"). A bare "continue(s) to" is a party's
    /// own course only in the first person ("we continue to support"); of others it describes.
    /// </summary>
    public bool IsPledgeSubject(string before, CommitmentCueKind kind)
    {
        if (kind is not (CommitmentCueKind.Future or CommitmentCueKind.Continuing)) return true;
        var segment = LastSegment(before);
        var words = Word.Matches(segment).Cast<Match>().Select(m => (m.Value, m.Index)).ToList();
        // Adverbs and fillers between the subject and the cue ("we also will", "they each will").
        while (words.Count > 0 && IsFiller(words[^1].Value)) words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return kind == CommitmentCueKind.Future;
        var (head, at) = words[^1];
        head = head.TrimEnd('.');
        // "what we will accomplish together": in a free relative the action's object comes before its subject.
        // ("all that Japan and Canada will achieve": the subject may be a list of names.)
        var first = words.Count - 1;
        while (first > 0 && (char.IsUpper(words[first - 1].Value[0]) || _words.NameJoiners.Contains(words[first - 1].Value))) first--;
        var opener = string.Join(" ", words.Skip(Math.Max(0, first - 2)).Take(first - Math.Max(0, first - 2)).Select(w => w.Value.ToLowerInvariant()));
        if (_words.FreeRelatives.Any(r => opener == r || opener.EndsWith(" " + r, StringComparison.Ordinal))) return false;
        if (kind == CommitmentCueKind.Continuing) return _words.FirstPerson.Contains(head);
        if (_words.ThingWords.Contains(head)) return false;
        if (_words.PartyPronouns.Contains(head) || _words.PartyNouns.Contains(head)) return true;
        if (char.IsUpper(head[0]) || char.IsDigit(head[0]))
        {
            // "security in the Indo-Pacific will increase": a name after a preposition is no subject.
            var k = words.Count - 2;
            while (k >= 0 && (char.IsUpper(words[k].Value[0]) || _words.NameJoiners.Contains(words[k].Value))) k--;
            return k < 0 || !_words.Prepositions.Contains(words[k].Value);
        }
        // "U.S. and UK submarines", "Australian sailors": a party's people or means.
        return _actors.Find(segment).Any(m => segment.Substring(m.Index + m.Length, Math.Max(0, at - m.Index - m.Length)).Trim().Length == 0);
    }

    private bool IsFiller(string word) =>
        _words.Fillers.LengthAtStart(word) == word.Length || (word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]));

    /// <summary>"we have no intention to …", "they did not agree to …": a negated cue is no pledge.</summary>
    private bool IsNegated(string before)
    {
        var segment = LastSegment(before);
        return _words.Negators.Matches(segment).Any() || Word.Matches(segment).Cast<Match>().Any(w => w.Value.EndsWith("n't", StringComparison.Ordinal) || w.Value.EndsWith("n’t", StringComparison.Ordinal));
    }

    /// <summary>"it is in our interest to …": "in" before an intent noun speaks of a benefit, not an intent.</summary>
    private bool IsBenefit(string before, CommitmentCueKind kind)
    {
        if (kind != CommitmentCueKind.IntentNoun) return false;
        var words = Word.Matches(before).Cast<Match>().Select(m => m.Value.ToLowerInvariant()).ToList();
        return (words.Count >= 1 && words[^1] == "in") || (words.Count >= 2 && words[^2] == "in" && _words.Determiners.Contains(words[^1]));
    }

    /// <summary>"If they continue to …": a cue inside a condition is no pledge.</summary>
    private bool IsConditional(string before) => _words.Conditionals.LengthAtStart(LastSegment(before)) > 0;

    /// <summary>"The fact that we'll meet in person is indicative of …": the clause is a subject, not a pledge.</summary>
    private bool IsNominal(string before)
    {
        var last = _words.NominalClauses.Matches(before).LastOrDefault();
        return last.Text is not null && Word.Matches(before.Substring(last.Index + last.Length)).Count <= 1;
    }
}
