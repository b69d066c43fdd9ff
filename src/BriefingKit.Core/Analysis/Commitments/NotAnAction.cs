// The tests on a commitment's clause that make it no pledged action: talk about the event
// itself, schedule talk, roles and states, fragments that point back, values held, attitudes,
// working together with no purpose, contingencies, and launches that set up nothing new or lie
// in the past. The words it reads by are data (templates/commitments.json, CommitmentWords).
using System;
using System.Linq;
using System.Text.RegularExpressions;
using static BriefingKit.Analysis.CommitmentText;

namespace BriefingKit.Analysis;

internal sealed class NotAnAction
{
    private readonly CommitmentWords _words;

    public NotAnAction(CommitmentWords words) => _words = words;

    /// <summary>
    /// Whether a clause names no action: talk about the event itself ("We'll take questions",
    /// "I'll turn it over"), a role or a state ("will play a vital role", "will miss him"), a
    /// schedule ("will meet with", "will host"; an explicit pledge such as "agreed to meet" keeps it),
    /// a short clause that points back ("commitment to this issue", "hold them to those promises", "help there"; "this year" is a date), a value rather than an act
    /// after a pledge noun ("commitment to the transatlantic relationship"), an announcement of
    /// no initiative ("will announce that …"), a contingency ("will respond if they …"), or too
    /// few words to say what is to be done.
    /// </summary>
    public bool IsNoAction(string what, CommitmentCueKind kind)
    {
        var words = Word.Matches(what).Cast<Match>().Select(m => m.Value).ToList();
        if (words.Count < 2) return true;
        // "we'll continue to — we're going to take a look": a dash in the first words is a false start.
        var dash = what.IndexOfAny(new[] { '—', '–' });
        if (dash >= 0 && Word.Matches(what.Substring(0, dash)).Count <= 3) return true;
        var rest = what;
        for (var skip = _words.Fillers.LengthAtStart(rest); skip > 0; skip = _words.Fillers.LengthAtStart(rest)) rest = rest.Substring(skip).TrimStart();
        if (_words.Procedural.LengthAtStart(rest) > 0 || _words.States.LengthAtStart(rest) > 0) return true;
        if (kind != CommitmentCueKind.PledgeVerb && _words.Schedule.LengthAtStart(rest) > 0) return true;
        // "we will oppose any attempt to …", "will urge them to …": an attitude or an appeal is a position, not an act.
        if (_words.Attitudes.LengthAtStart(rest) > 0) return true;
        // "we will work closely with our partners": working with others is a manner; the act is its purpose ("… to build a port").
        if (IsCooperationWithoutPurpose(rest)) return true;
        // "we will ensure that the port is safe": a state of affairs to be secured is an outcome, not an act.
        if (_words.Outcomes.LengthAtStart(rest) > 0) return true;
        // "committed to defending our shared values, …": an action on values is a value held.
        var head = what.IndexOf(',');
        if (_words.Values.Matches(head < 0 ? what : what.Substring(0, head)).Any()) return true;
        if ((words.Count <= 8 && words.Where((w, i) => _words.Demonstratives.Contains(w) && (i + 1 == words.Count || !_words.TimeNouns.Contains(words[i + 1]))).Any()) || _words.ForwardPointers.Matches(what).Any()) return true;
        if (kind is CommitmentCueKind.PledgeNoun or CommitmentCueKind.IntentNoun && IsValue(what)) return true;
        if (kind != CommitmentCueKind.Launch && _words.AnnounceVerbs.LengthAtStart(rest) is var verb and > 0)
        {
            var obj = rest.Substring(verb).TrimStart();
            if (_words.LaunchObjects.LengthAtStart(obj) == 0 || !IsLaunchOfInitiative(obj, obj)) return true;
        }
        return IsContingent(what);
    }

    /// <summary>
    /// "announced the release of funds", "launched the review last week": a launch is a commitment
    /// when it sets up something new (a partnership, a working group, a fund) and is not dated in the past.
    /// </summary>
    public bool IsLaunchOfInitiative(string what, string sentence)
    {
        var head = what.Substring(0, HeadEnd(what));
        return _words.Initiatives.Matches(head).Any() && !_words.PastTime.Matches(sentence).Any();
    }

    /// <summary>Where the head of a noun phrase ends: at its first comma or before the first of <see cref="CommitmentWords.HeadEnds"/> standing between spaces.</summary>
    private int HeadEnd(string what)
    {
        var end = what.IndexOf(',');
        if (end < 0) end = what.Length;
        foreach (var word in _words.HeadEnds.Matches(what))
        {
            if (word.Index - 1 >= end) break;
            var after = word.Index + word.Length;
            if (word.Index > 0 && char.IsWhiteSpace(what[word.Index - 1]) && after < what.Length && char.IsWhiteSpace(what[after])) return word.Index - 1;
        }
        return end;
    }

    /// <summary>
    /// "work closely with our allies", "continue our cooperation": a pledge to work
    /// with others that names neither a purpose ("to" and a verb) nor what is worked on ("on …") describes how the parties work, not what they will do.
    /// </summary>
    private bool IsCooperationWithoutPurpose(string rest)
    {
        while (Word.Match(rest) is { Success: true } adverb && adverb.Index == 0 && adverb.Value.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(adverb.Value[0]))
            rest = rest.Substring(adverb.Length).TrimStart();
        var verb = _words.Cooperation.LengthAtStart(rest);
        if (verb == 0) return false;
        foreach (Match to in CommitmentText.ToNextWord.Matches(rest.Substring(verb)))
            if (!_words.Determiners.Contains(to.Groups["next"].Value) && !_words.Prepositions.Contains(to.Groups["next"].Value)) return false;
        // "work with Congress on stronger rules": what is worked on names the action too ("based on" is a manner).
        var words = Word.Matches(rest.Substring(verb)).Cast<Match>().Select(m => m.Value).ToList();
        if (words.Count > 0 && _words.CooperationTopics.Contains(words[0])) return false;
        // It follows the partners closely ("with and helping people … on the ground" names a place).
        for (var i = 1; i + 1 < words.Count && i <= 4; i++)
            if (_words.CooperationTopics.Contains(words[i]) && words[i - 1] != "based") return false;
        return true;
    }

    /// <summary>
    /// "commitment to the transatlantic relationship", "commitment to democracy, and …": a noun
    /// phrase after a pledge noun is a value held, not an act pledged — unless it names an agreement
    /// or body ("commitment to the Paris Agreement"), which the party pledges to uphold.
    /// </summary>
    private bool IsValue(string what)
    {
        var words = Word.Matches(what).Cast<Match>().ToList();
        var first = words[0].Value;
        if (first.EndsWith("ing", StringComparison.Ordinal)) return false;
        var afterFirst = what.Substring(words[0].Index + words[0].Length).TrimStart();
        // A determiner or a possessive ("Israel's security") starts a noun phrase; so does a bare noun before a comma or "and".
        var nounPhrase = _words.Determiners.Contains(first) || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("’s", StringComparison.Ordinal)
            || afterFirst.StartsWith(",", StringComparison.Ordinal)
            || (words.Count > 1 && _words.Conjunctions.Contains(words[1].Value));
        if (!nounPhrase) return false;
        var head = words.Skip(1).TakeWhile(w => !_words.Prepositions.Contains(w.Value) && w.Value != "of" && !_words.Subordinators.Contains(w.Value)
            && what.LastIndexOf(',', w.Index) < words[0].Index).Select(w => w.Value).LastOrDefault() ?? first;
        return !char.IsUpper(head[0]);
    }

    /// <summary>"will respond with costs if these activities continue": an action on a condition is a contingency ("if needed" is none).</summary>
    private bool IsContingent(string what)
    {
        foreach (var condition in _words.Conditionals.Matches(what))
        {
            var next = Word.Match(what, condition.Index + condition.Length);
            if (next.Success && !_words.ConditionsMet.Contains(next.Value)) return true;
        }
        return false;
    }
}
