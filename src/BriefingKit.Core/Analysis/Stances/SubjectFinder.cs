// Finds who holds a stance from the words before its cue: named people ("Secretary
// Tillerson", "Mr. Lavrov", "the Secretary"), actors ("the United States and Russia",
// "a Russian proposal"), pronouns ("we" in a speaker's turn, "he" for the last person) and
// collectives ("both sides", "the two leaders").
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal sealed class SubjectFinder
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
    private static readonly Regex Intro = new(@"^\s*(?:On|Regarding|With\s+(?:respect|regard)\s+to|As\s+for|As\s+to|Concerning|On\s+the\s+(?:issue|question|subject)\s+of|In|During|At|After|Before|Following|Today|Yesterday|Also|However|Additionally|Finally|Separately|Meanwhile)\b[^,]*$", Options, Timeout);
    private static readonly Regex Aside = new(@"^\s*(?:including|such\s+as|especially|particularly|notably|as\s+well\s+as|which|who|whom|whose|where|when|whether|while|if|because|since|although|though|unless)\b", Options, Timeout);
    private static readonly Regex Complement = new(@"\bthat\s+(?=\S)", Options, Timeout);
    private static readonly Regex Collective = new(@"\b(?:[Tt]hey|[Tt]he\s+two|[Tt]he\s+officials|the\s+parties|both\s+parties|[Bb]oth|both\s+sides|the\s+two\s+sides|both\s+countries|the\s+two\s+countries|both\s+leaders|the\s+two\s+leaders|the\s+leaders|both\s+governments|the\s+two\s+governments|both\s+nations|the\s+two\s+nations|both\s+of\s+us|the\s+two\s+of\s+us|together)\b", Options | RegexOptions.IgnoreCase, Timeout);
    private static readonly Regex FirstPerson = new(@"\b(?:we|We|I|our|Our|us|my|My)\b|\bwe[’']", Options, Timeout);
    private static readonly Regex ThirdPerson = new(@"\b(?:he|He|she|She)\b", Options, Timeout);
    private static readonly Regex RoleReference = new(@"\b[Tt]he\s+(?<role>President|Vice\s+President|Secretary|Prime\s+Minister|Chancellor|Minister|Foreign\s+Minister|Ambassador|Spokesperson|Premier|Leader)\b", Options, Timeout);

    private readonly ActorDirectory _actors;
    private readonly PersonMentionFinder _people;

    public SubjectFinder(ActorDirectory actors, PersonMentionFinder people)
    {
        _actors = actors;
        _people = people;
    }

    /// <summary>
    /// Whom "he" or "she" in the next sentence most likely means: this sentence's first person,
    /// named ("President Biden spoke with President Putin") or by role ("the President made clear"),
    /// or <paramref name="previous"/> when it names nobody.
    /// </summary>
    public Speaker? NextAntecedent(Sentence sentence, SpeakerRoster roster, Speaker? previous)
    {
        var named = _people.Find(sentence).FirstOrDefault();
        var role = RoleReference.Match(sentence.Text);
        if (role.Success && (named is null || role.Index < named.Index) && roster.FirstWithRole(role.Groups["role"].Value) is { } byRole) return byRole;
        return named is null ? previous : roster.Lookup(named);
    }

    /// <summary>The subjects of the stance whose cue starts at <paramref name="cueIndex"/>.</summary>
    public List<Subject> Find(string sentence, int cueIndex, SubjectContext context)
    {
        var before = sentence.Substring(0, cueIndex);

        // "accept the partnership proposal that President Trump put on the table": a relative clause
        // after a nominal cue names who holds it.
        var relative = NominalWithRelative.Match(sentence, cueIndex);
        if (relative.Success && InSegment(sentence.Substring(relative.Index + relative.Length), context) is { Count: > 0 } holders) return holders;

        // "a Russian proposal", "Japan's commitment": an actor right before the cue holds it.
        var adjacent = _actors.Find(before).LastOrDefault();
        if (adjacent is not null && before.Substring(adjacent.Index + adjacent.Length).Trim().Replace("’s", string.Empty).Replace("'s", string.Empty).Length == 0
            && (adjacent.IsAdjective || before.Substring(adjacent.Index + adjacent.Length).StartsWith("’s", StringComparison.Ordinal) || before.Substring(adjacent.Index + adjacent.Length).StartsWith("'s", StringComparison.Ordinal)))
        {
            var article = before.Substring(0, adjacent.Index).TrimEnd();
            if (article.EndsWith(" a", StringComparison.Ordinal) || article.EndsWith(" an", StringComparison.Ordinal) || article.EndsWith(" the", StringComparison.Ordinal) || adjacent.IsAdjective)
                return new List<Subject> { new(adjacent.Actor, null) };
        }

        // The clause holding the subject: the nearest comma-separated segment that names one,
        // skipping introductory phrases ("On North Korea,").
        var segments = Regex.Split(before, @"[,;:—–]");
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (Intro.IsMatch(segments[i]) && i < segments.Length - 1) continue;
            if (Aside.IsMatch(segments[i])) continue; // "…, including the ROK, …" names no subject
            var subjects = InSegment(segments[i], context);
            if (subjects.Count == 0) continue;
            // "the UK, France, Denmark, and Estonia have agreed": the commas split a list of actors.
            if (ListTail.IsMatch(segments[i]))
            {
                var j = i - 1;
                for (; j >= 0 && ListItem(segments[j]) is { } item; j--) subjects.Insert(0, new Subject(item, null));
                // "Treasury — in partnership with the EU, UK, and Canada — sanctioned": the list is an
                // object of "with", and the subject comes before it.
                if (j >= 0 && j < i - 1 && ListAfterPreposition.IsMatch(segments[j]))
                {
                    i = j;
                    continue;
                }
            }
            return subjects;
        }
        return new List<Subject>();
    }

    private static readonly Regex NominalWithRelative = new(
        @"\G(?:proposal|proposals|offer|offers|initiative|initiatives|plan|plans|demand|demands|request|requests|commitment|commitments|pledge|pledges)\s+(?:that|which)\s+",
        Options | RegexOptions.IgnoreCase, Timeout);

    private static readonly Regex ListTail = new(@"^\s*(?:and|or)\s", Options, Timeout);
    private static readonly Regex ListAfterPreposition = new(@"\b(?:with|by|from|to|of|for|against|including|like|and)\s+(?:the\s+)?\S+\s*$", Options, Timeout);
    private static readonly Regex ListWords = new(@"^(?:\s*(?i:and|or|the)\b)*", Options, Timeout);

    /// <summary>The actor a comma-separated list item names ("France", " and the UK"), or null when it is more than a name.</summary>
    private string? ListItem(string segment)
    {
        var name = segment.Substring(ListWords.Match(segment).Length).Trim();
        if (name.Length == 0) return null;
        var mentions = _actors.Find(name).ToList();
        return mentions.Count == 1 && mentions[0].Index == 0 && mentions[0].Length == name.Length && !mentions[0].IsAdjective ? mentions[0].Actor : null;
    }

    private List<Subject> InSegment(string segment, SubjectContext context)
    {
        var subjects = new List<Subject>();
        if (string.IsNullOrWhiteSpace(segment)) return subjects;
        if (Intro.IsMatch(segment)) return subjects;

        // "Mr. Tillerson said he and Mr. Lavrov also believe": the subject is in the reported clause,
        // and "he" is the person who said it.
        var reported = ReportingVerb.Match(segment);
        if (reported.Success && segment.Length > reported.Index + reported.Length + 1)
        {
            var reporter = _people.Find(segment.Substring(0, reported.Index)).Select(m => context.Roster.Lookup(m)).LastOrDefault();
            if (reporter is not null) context = context with { LastPerson = reporter };
            segment = segment.Substring(reported.Index + reported.Length);
        }
        // "I'm proud that today we agreed": the subject of a that-clause is after "that".
        var complement = Complement.Matches(segment).Cast<Match>().LastOrDefault();
        if (complement is not null && LeadingPhrase(segment.Substring(complement.Index + complement.Length)).Length > 0)
            segment = segment.Substring(complement.Index + complement.Length);
        segment = LeadingPhrase(segment);
        if (segment.Length == 0) return subjects;

        foreach (var mention in _people.Find(segment))
        {
            var speaker = context.Roster.Lookup(mention);
            if (speaker.Affiliation is not null) Add(subjects, new Subject(speaker.Affiliation, speaker.Id.Length > 0 ? speaker.Id : null));
        }
        foreach (var token in WordTokens.Of(segment))
        {
            // A bare surname of a known speaker ("Tillerson reiterated").
            if (token.Length < 3 || !char.IsUpper(segment[token.Index])) continue;
            var speaker = context.Roster.BySurname(segment.Substring(token.Index, token.Length));
            if (speaker?.Affiliation is not null) Add(subjects, new Subject(speaker.Affiliation, speaker.Id));
        }
        foreach (Match role in RoleReference.Matches(segment))
        {
            var speaker = context.Roster.FirstWithRole(role.Groups["role"].Value);
            if (speaker?.Affiliation is not null) Add(subjects, new Subject(speaker.Affiliation, speaker.Id));
        }
        foreach (var mention in _actors.Find(segment).Where(m => !m.IsAdjective || FollowedByGroupNoun(segment, m)))
            Add(subjects, new Subject(mention.Actor, null));
        if (Collective.IsMatch(segment))
            foreach (var actor in context.Participants) Add(subjects, new Subject(actor, null));
        if (FirstPerson.IsMatch(segment))
        {
            var we = Regex.IsMatch(segment, @"\b(?:[Ww]e|[Oo]ur|us)\b|\b[Ww]e[’']", RegexOptions.CultureInvariant, Timeout);
            if (context.TurnSpeaker?.Affiliation is { } own && !(we && context.JointVoice)) Add(subjects, new Subject(own, context.TurnSpeaker.Id));
            else foreach (var actor in context.Participants) Add(subjects, new Subject(actor, context.TurnSpeaker?.Id));
        }
        if (ThirdPerson.IsMatch(segment) && context.LastPerson?.Affiliation is { } last)
            Add(subjects, new Subject(last, context.LastPerson.Id.Length > 0 ? context.LastPerson.Id : null));
        return subjects;
    }

    /// <summary>
    /// The noun phrase a clause starts with ("both the United States and Russia", "The President"):
    /// words up to the first lower-case word that cannot be part of a subject (usually the verb).
    /// Actors named later in the clause are objects ("voiced concerns over … Ukraine's borders").
    /// </summary>
    private static string LeadingPhrase(string segment)
    {
        var end = 0;
        foreach (Match word in Regex.Matches(segment, @"\S+", RegexOptions.CultureInvariant, Timeout))
        {
            // Possessives and contractions ("Japan's", "we’re", "I’ve") keep the word they are on.
            var w = Regex.Replace(word.Value.TrimEnd('.', ',', ';', ':'), @"[’'](?:s|re|ve|ll|d|m)?$", string.Empty, RegexOptions.CultureInvariant, Timeout);
            if (w.Length == 0) continue;
            var allowed = char.IsUpper(w[0]) || char.IsDigit(w[0]) || SubjectWords.Contains(w) || w.StartsWith("al-", StringComparison.Ordinal);
            if (!allowed) break;
            end = word.Index + word.Length;
        }
        return segment.Substring(0, end);
    }

    private static readonly HashSet<string> SubjectWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "both", "also", "its", "their", "our", "his", "her", "all", "two", "three", "of", "he", "she", "we", "they",
        "sides", "side", "countries", "country", "leaders", "leader", "officials", "official", "government", "governments", "nations",
        "delegation", "delegations", "administration", "people", "together", "jointly", "each", "other", "then", "now", "today", "again",
        "further", "once", "more", "strongly", "firmly", "warmly", "repeatedly", "publicly", "privately", "never", "not", "did", "do",
        "does", "will", "would", "can", "could", "have", "has", "had", "is", "are", "was", "were", "be", "been", "senior", "minister",
        "ministers", "foreign", "counterpart", "counterparts", "partners", "allies", "us", "intelligence", "military", "forces", "troops",
        "diplomats", "negotiators", "officers", "agencies", "authorities",
    };

    // "X said (that)", "X told reporters (that)": a verb of saying with no side of its own (templates/reporting-verbs.json).
    private static readonly Regex ReportingVerb = new(@"\b(?:told\s+\w+|" + ReportingVerbs.Default.Saying + @")(?:\s+that)?\s+",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.Timeout);

    private static bool FollowedByGroupNoun(string segment, ActorMention mention) =>
        Regex.IsMatch(segment.Substring(mention.Index + mention.Length), @"^\s+(?:side|government|officials?|delegation|leaders?|leadership|authorities|administration|team|counterparts?|people|intelligence|military|forces|troops|diplomats|negotiators|officers|agencies)\b", RegexOptions.CultureInvariant, Timeout);

    private static void Add(List<Subject> subjects, Subject subject)
    {
        if (!subjects.Any(s => s.Actor == subject.Actor)) subjects.Add(subject);
    }
}
