// Finds people named with a title or honorific: "U.S. Secretary of State Rex Tillerson",
// "Russian President Vladimir Putin", "Syrian President Bashar al-Assad", "Mr. Lavrov",
// "Prime Minister Suga of Japan". A bare name without a title is not taken: without one,
// "Rex" or "Minsk" could be anything.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal sealed class PersonMentionFinder
{
    // Words that are no part of a name: headline words, body nouns, adverbs (templates/names.json).
    private static readonly HashSet<string> HeadlineWords = NameWords.Default.HeadlineWords;

    private readonly ActorDirectory _actors;
    private readonly PeopleDirectory _people;

    // One finder per pair of directories, shared by the analyzers, so each sentence is searched once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ActorDirectory, System.Runtime.CompilerServices.ConditionalWeakTable<PeopleDirectory, PersonMentionFinder>> Finders = new();

    public PersonMentionFinder(ActorDirectory actors, PeopleDirectory people)
    {
        _actors = actors;
        _people = people;
    }

    public static PersonMentionFinder Shared(ActorDirectory actors, PeopleDirectory people) =>
        Finders.GetValue(actors, _ => new()).GetValue(people, p => new PersonMentionFinder(actors, p));

    /// <summary>The mentions in a sentence, found once however many analyzers ask.</summary>
    public IReadOnlyList<PersonMention> Find(Sentence sentence) =>
        sentence.Once(this, static (finder, s) => (IReadOnlyList<PersonMention>)finder.Find(s.Text).ToList());

    public IEnumerable<PersonMention> Find(string sentence)
    {
        // "his Israeli counterpart, Meir Ben-Shabbat": the adjective gives the side, the apposition the name.
        // (The pattern needs the word itself, so a sentence without it is not searched.)
        var counterparts = sentence.IndexOf("counterpart", StringComparison.Ordinal) >= 0 ? PeoplePatterns.Counterpart.Matches(sentence) : null;
        foreach (Match match in (IEnumerable<Match>?)counterparts ?? Array.Empty<Match>())
        {
            var actor = _actors.Canonical(match.Groups["adj"].Value);
            var name = match.Groups["name"].Value;
            if (actor is null || name.Split(' ').Any(w => NameWords.Default.IsNotName(w) || HeadlineWords.Contains(w))) continue;
            yield return new PersonMention(match.Value, match.Index, match.Length, name, null, actor);
        }

        var tokens = Tokens(sentence);
        var i = 0;
        while (i < tokens.Count)
        {
            // A run of adjacent capitalised words (and "of"/"the" inside it).
            var start = i;
            var end = i;
            while (end + 1 < tokens.Count && tokens[end + 1].Index == tokens[end].End + Gap(sentence, tokens[end].End, tokens[end + 1].Index)) end++;
            var mention = Interpret(sentence, tokens, start, end);
            if (mention is not null)
            {
                yield return mention;
                if (SharedTitle(sentence, mention) is { } second) yield return second;
            }
            i = end + 1;
        }
    }

    /// <summary>
    /// The second person of "President Macron and Scholz": a lone capitalised word after "and" that the people list
    /// knows as a surname (without a title, only the list says a bare word is a person); the list gives their own office.
    /// </summary>
    private PersonMention? SharedTitle(string sentence, PersonMention first)
    {
        if (first.Role is null) return null;
        var match = PeoplePatterns.AndSurname.Match(sentence.Substring(first.Index + first.Length));
        if (!match.Success) return null;
        var name = match.Groups["name"].Value.Replace("’s", string.Empty).Replace("'s", string.Empty);
        if (RoleWords.IsRoleWord(name) || NameWords.Default.IsNotName(name) || HeadlineWords.Contains(name)
            || NameWords.Default.SentenceOpeners.Contains(name) || _actors.Canonical(name) is not null || _people.WithSurname(name).Count == 0) return null;
        var group = match.Groups["name"];
        var index = first.Index + first.Length + group.Index;
        return new PersonMention(group.Value, index, group.Length, name, null, null);
    }

    private static int Gap(string text, int from, int to)
    {
        if (to <= from || to - from > 2) return -1;
        for (var k = from; k < to; k++) if (text[k] != ' ') return -1;
        return to - from;
    }

    private PersonMention? Interpret(string sentence, List<(int Index, int End, string Word)> tokens, int start, int end)
    {
        // Trim lower-case connectors at the edges.
        while (start <= end && tokens[start].Word is "of" or "the") start++;
        // "When President Putin called": a word capitalised only for opening the sentence is no part of the mention.
        while (start < end && NameWords.Default.SentenceOpeners.Contains(tokens[start].Word)) start++;
        while (start <= end && tokens[start].Word is "of" or "the") start++;
        while (end >= start && tokens[end].Word is "of" or "the") end--;
        if (start > end) return null;
        // A mention needs a title, and a title starts with a role word: most runs ("The", "I", "Tuesday") have none.
        if (!HasRoleWord(tokens, start, end)) return null;

        var words = tokens.Skip(start).Take(end - start + 1).Select(t => t.Word).ToList();
        // Leading actor ("U.S.", "Russian", "Syrian") gives the affiliation.
        string? affiliation = null;
        var first = 0;
        for (var take = Math.Min(3, words.Count - 1); take >= 1 && affiliation is null; take--)
        {
            var actor = _actors.Canonical(string.Join(" ", words.Take(take)));
            if (actor is not null)
            {
                affiliation = actor;
                first = take;
            }
        }
        var roleEnd = first;
        while (roleEnd < words.Count && RoleWords.IsRoleWord(words[roleEnd])) roleEnd++;
        roleEnd = TitleOfBody(words, first, roleEnd, ref affiliation);
        var roleWords = words.Skip(first).Take(roleEnd - first).Where(w => !RoleWords.IsHonorific(w)).ToList();
        while (roleWords.Count > 0 && roleWords[0] is "of" or "the") roleWords.RemoveAt(0);
        while (roleWords.Count > 0 && roleWords[roleWords.Count - 1] is "of" or "the") roleWords.RemoveAt(roleWords.Count - 1);
        var nameWords = words.Skip(roleEnd).Select(w => w.TrimEnd(',')).ToList();
        // "Prime Minister Suga of Japan": the name stops at "of"; the place is read below.
        var of = nameWords.IndexOf("of");
        if (of > 0)
        {
            end = start + roleEnd + of - 1;
            nameWords = nameWords.Take(of).ToList();
        }
        // Headlines capitalise every word: "… Jake Sullivan Leading a Virtual Meeting".
        while (nameWords.Count > 1 && HeadlineWords.Contains(nameWords[nameWords.Count - 1])) nameWords.RemoveAt(nameWords.Count - 1);
        var hasTitle = words.Skip(first).Take(roleEnd - first).Any(w => !string.Equals(w, "The", StringComparison.Ordinal) && !string.Equals(w, "the", StringComparison.Ordinal));
        if (!hasTitle || nameWords.Count == 0 || nameWords.Count > 4) return null;
        if (nameWords.Any(w => w is "of" or "the") || nameWords.Any(w => _actors.Canonical(w) is not null)
            || _actors.Canonical(string.Join(" ", nameWords)) is not null || HeadlineWords.Contains(nameWords[0])
            || nameWords.Any(NameWords.Default.IsNotName) || nameWords.Any(w => w.Length > 3 && !w.Any(char.IsLower))) return null;
        // Prefer the longest run of name words that ends in a surname the people list knows.
        for (var n = nameWords.Count; n >= 1; n--)
        {
            if (_people.WithSurname(nameWords[n - 1].Replace("’s", string.Empty).Replace("'s", string.Empty)).Count == 0) continue;
            nameWords = nameWords.Take(n).ToList();
            break;
        }
        var name = string.Join(" ", nameWords).Replace("’s", string.Empty).Replace("'s", string.Empty);
        if (name.Length < 2 || !char.IsLetter(name[name.Length - 1])) name = name.TrimEnd('.');
        if (name.Length < 2) return null;

        var startIndex = tokens[start].Index;
        var endIndex = tokens[end].End;
        var ofPlace = PeoplePatterns.OfPlace.Match(sentence.Substring(endIndex));
        if (ofPlace.Success && _actors.Canonical(ofPlace.Groups["place"].Value) is { } place)
        {
            affiliation ??= place;
            endIndex += ofPlace.Length;
        }
        return new PersonMention(sentence.Substring(startIndex, endIndex - startIndex), startIndex, endIndex - startIndex, name,
            roleWords.Count > 0 ? RoleWords.Expand(string.Join(" ", roleWords)) : null, affiliation);
    }

    private static bool HasRoleWord(List<(int Index, int End, string Word)> tokens, int start, int end)
    {
        for (var k = start; k <= end; k++)
            if (RoleWords.IsRoleWord(tokens[k].Word)) return true;
        return false;
    }

    /// <summary>
    /// A title that ends in "of (the)" names a body or a country before the name: "Prime Minister of Japan Fumio
    /// Kishida", "Commander-in-Chief of the Ukrainian Armed Forces Gen. Valerii Zaluzhnyi". The title then runs over
    /// up to the person's own title, else over the country (up to four words the gazetteer knows), and the name follows.
    /// </summary>
    private int TitleOfBody(List<string> words, int first, int roleEnd, ref string? affiliation)
    {
        if (roleEnd == first || roleEnd >= words.Count || words[roleEnd - 1] is not ("of" or "the")) return roleEnd;
        for (var k = roleEnd + 1; k < words.Count - 1; k++)
        {
            if (!RoleWords.IsRoleWord(words[k]) || words[k] is "of" or "the" or "The") continue;
            for (var j = roleEnd; j < k && affiliation is null; j++) affiliation = _actors.Canonical(words[j]);
            while (k < words.Count && RoleWords.IsRoleWord(words[k])) k++;
            return k;
        }
        for (var take = Math.Min(4, words.Count - roleEnd - 1); take >= 1; take--)
        {
            if (_actors.Canonical(string.Join(" ", words.Skip(roleEnd).Take(take))) is not { } country) continue;
            affiliation ??= country;
            return roleEnd + take;
        }
        return roleEnd;
    }

    private static List<(int Index, int End, string Word)> Tokens(string sentence)
    {
        var list = new List<(int, int, string)>();
        foreach (var (index, end, scanned) in NameTokens.Scan(sentence, NameWords.Default))
        {
            // Only whole words: a capital inside a word ("McDonough" is fine, "iPhone" is not a name start).
            if (index > 0 && char.IsLetterOrDigit(sentence[index - 1])) continue;
            var word = scanned;
            // A full stop that ends the sentence is not part of the word ("… Vladimir Putin.").
            if (word.Length > 2 && word.IndexOf('.') == word.Length - 1 && !RoleWords.IsHonorific(word)) word = word.TrimEnd('.');
            list.Add((index, end, word));
        }
        return list;
    }
}
