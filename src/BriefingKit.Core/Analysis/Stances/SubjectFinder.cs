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
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
    private static readonly SubjectLists Words = SubjectLists.Default;
    private static readonly TieredRegex Intro = new(@"^\s*" + Words.IntroWords + @"\b[^,]*$", Options, Timeout);
    private static readonly TieredRegex Aside = new(@"^\s*" + Words.AsideWords + @"\b", Options, Timeout);
    private static readonly TieredRegex Collective = new(@"\b" + Words.Collectives + @"\b", Options | RegexOptions.IgnoreCase, Timeout);
    private static readonly TieredRegex RoleReference = new(@"\b[Tt]he\s+(?<role>" + Words.Roles + @")\b", Options, Timeout);

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

    /// <summary>
    /// The main parties, whom "both sides" and a joint "we" mean: everyone's affiliation who speaks in a
    /// labelled transcript (two or more); else the first two officials' affiliations; and in a text with no
    /// two such parties (a joint statement), the actors its title names ("U.S.-Freedonia Joint Statement"),
    /// else those its first sentence names as subject ("Freedonia, Sylvania and Japan announced …").
    /// </summary>
    public IReadOnlyList<string> MainParties(Transcript transcript)
    {
        var officials = transcript.Speakers.Where(s => s.Kind == SpeakerKind.Official && s.Affiliation is not null).ToList();
        var voices = new HashSet<string>(transcript.Turns.Where(t => t.Speaker is not null).Select(t => t.Speaker!), StringComparer.Ordinal);
        var speaking = officials.Where(s => voices.Contains(s.Id)).Select(s => s.Affiliation!).Distinct(StringComparer.Ordinal).ToList();
        if (speaking.Count >= 2) return speaking;
        var named = officials.Select(s => s.Affiliation!).Distinct(StringComparer.Ordinal).Take(2).ToList();
        if (named.Count >= 2 || officials.Count > 0) return named;
        var titled = Named(transcript.Title ?? string.Empty);
        if (titled.Count >= 2) return titled;
        var first = transcript.Turns.Select(t => t.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? string.Empty;
        var end = first.IndexOf(". ", StringComparison.Ordinal);
        first = end > 0 ? first.Substring(0, end) : first;
        // "In September 2021, A, B and C announced …": past an introductory phrase, the subject list.
        var comma = first.IndexOf(',');
        if (comma > 0 && Intro.IsMatch(first.Substring(0, comma))) first = first.Substring(comma + 1);
        var subjects = Named(LeadingPhrase(first.TrimStart()));
        return subjects.Count >= 2 ? subjects : named;
    }

    /// <summary>
    /// Who writes an unlabelled text ("Readout of President Freedon's Call with …", "Statement by Spokesperson
    /// Rufus"): the official whose surname its title names first; null in a labelled transcript or when the title names none.
    /// </summary>
    public static Speaker? Author(Transcript transcript)
    {
        if (transcript.Turns.Any(t => t.Speaker is not null) || string.IsNullOrEmpty(transcript.Title)) return null;
        return transcript.Speakers.Where(s => s.Kind == SpeakerKind.Official && s.Affiliation is not null)
            .Select(s => (Speaker: s, At: transcript.Title!.IndexOf(PeopleDirectory.Surname(s.Name), StringComparison.OrdinalIgnoreCase)))
            .Where(x => x.At >= 0).OrderBy(x => x.At).Select(x => x.Speaker).FirstOrDefault();
    }

    /// <summary>The actors a phrase names, in order, but not places it locates something in ("Talks in Geneva").</summary>
    private List<string> Named(string text) =>
        _actors.Find(text).Where(m => !m.IsAdjective && !StancePatterns.Located.IsMatch(text.Substring(0, m.Index)))
            .Select(m => m.Actor).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Where the actor an evaluative cue describes starts ("Freedonia's brutal", "Freedonian brutal"), or
    /// <paramref name="cueIndex"/> when no actor stands right before it.
    /// </summary>
    public int TargetStart(string sentence, int cueIndex)
    {
        var before = sentence.Substring(0, cueIndex);
        var last = _actors.Find(before).LastOrDefault();
        if (last is null) return cueIndex;
        var gap = before.Substring(last.Index + last.Length);
        return StancePatterns.PossessiveGap.IsMatch(gap) ? last.Index : cueIndex;
    }

    /// <summary>The subjects of the stance whose cue starts at <paramref name="cueIndex"/>.</summary>
    public List<Subject> Find(string sentence, int cueIndex, SubjectContext context)
    {
        var before = sentence.Substring(0, cueIndex);

        // "accept the partnership proposal that President Trump put on the table": a relative clause
        // after a nominal cue names who holds it.
        var relative = NominalWithRelative.Match(sentence, cueIndex);
        if (relative.Success && InSegment(sentence.Substring(relative.Index + relative.Length), context) is { Count: > 0 } holders) return holders;

        // "our shared commitment", "their joint proposal": a shared stance is all the main parties'.
        if (SharedPossessive.IsMatch(before) && context.Participants.Count >= 2) return context.Participants.Select(p => new Subject(p, null)).ToList();
        // "our enduring commitment", "my proposal": a first-person possessive before a stance noun holds it.
        if (StancePatterns.FirstPersonPossessive.IsMatch(before)) return InSegment("we", context);

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
        var segments = StancePatterns.ClauseBreak.Split(before);
        for (var i = segments.Length - 1; i >= 0; i--)
        {
            if (Intro.IsMatch(segments[i]) && i < segments.Length - 1) continue;
            if (Aside.IsMatch(segments[i])) continue; // "…, including the ROK, …" names no subject
            var subjects = InSegment(segments[i], context);
            if (subjects.Count == 0) continue;
            // "the UK, France, Denmark, and Estonia have agreed": the commas split a list of actors.
            if (StancePatterns.ListTail.IsMatch(segments[i]))
            {
                var j = i - 1;
                for (; j >= 0; j--)
                {
                    if (ListItem(segments[j]) is { } item) subjects.Insert(0, new Subject(item, null));
                    // "Secretary Rufus, Minister Ortiz, and …": an item that is a person's name and title stands for their side.
                    else if (NamePhrase(segments[j], context) is { } people) subjects.InsertRange(0, people.Where(p => !subjects.Any(s => s.Actor == p.Actor)).ToList());
                    else break;
                }
                // "Treasury — in partnership with the EU, UK, and Canada — sanctioned": the list is an
                // object of "with", and the subject comes before it.
                // "Secretary Rufus spoke with Minister Ortiz, Minister Lund, and …": the subject is in the words before the preposition.
                if (j >= 0 && j < i - 1 && StancePatterns.ListAfterPreposition.Match(segments[j]) is { Success: true } preposition)
                {
                    segments[j] = segments[j].Substring(0, preposition.Index);
                    i = j + 1;
                    continue;
                }
            }
            return subjects;
        }
        return new List<Subject>();
    }

    private static readonly TieredRegex NominalWithRelative = new(@"\G" + Words.HeldNouns + @"\s+(?:that|which)\s+", Options | RegexOptions.IgnoreCase, Timeout);

    private static readonly TieredRegex SharedPossessive = new(@"\b(?:[Oo]ur|[Tt]heir)\s+(?:[a-z]+\s+(?:and\s+)?){0,2}" + Words.SharedWords + @"\s+(?:[a-z]+\s+){0,2}$", Options, Timeout);

    /// <summary>The actor a comma-separated list item names ("France", " and the UK"), or null when it is more than a name.</summary>
    private string? ListItem(string segment)
    {
        var name = segment.Substring(StancePatterns.ListWords.Match(segment).Length).Trim();
        if (name.Length == 0) return null;
        var mentions = _actors.Find(name).ToList();
        return mentions.Count == 1 && mentions[0].Index == 0 && mentions[0].Length == name.Length && !mentions[0].IsAdjective ? mentions[0].Actor : null;
    }

    /// <summary>The sides of the people a comma-separated list item names when it is only a name phrase ("Minister Ortiz"; none when their side is unknown), else null.</summary>
    private List<Subject>? NamePhrase(string segment, SubjectContext context)
    {
        var name = segment.Substring(StancePatterns.ListWords.Match(segment).Length).Trim();
        if (name.Length == 0 || LeadingPhrase(name).Length != name.Length || !_people.Find(name).Any()) return null;
        return InSegment(name, context);
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
        var complement = StancePatterns.Complement.Matches(segment).Cast<Match>().LastOrDefault();
        if (complement is not null && LeadingPhrase(segment.Substring(complement.Index + complement.Length)).Length > 0)
            segment = segment.Substring(complement.Index + complement.Length);
        segment = LeadingPhrase(segment);
        if (segment.Length == 0) return subjects;

        foreach (var mention in _people.Find(segment))
        {
            var speaker = context.Roster.Lookup(mention);
            if (speaker.Affiliation is not null) Add(subjects, new Subject(speaker.Affiliation, speaker.Id.Length > 0 ? speaker.Id : null));
        }
        foreach (var token in WordTokens.Tokenize(segment))
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
        // A readout's "they" is its parties; a speaker's "they" is whoever they last talked about.
        if (Collective.Matches(segment).Cast<Match>().Any(c => context.TurnSpeaker is null || !c.Value.Equals("they", StringComparison.OrdinalIgnoreCase)))
            foreach (var actor in context.Participants) Add(subjects, new Subject(actor, null));
        if (StancePatterns.FirstPerson.IsMatch(segment))
        {
            var we = StancePatterns.FirstPersonPlural.IsMatch(segment);
            if (context.TurnSpeaker?.Affiliation is { } own && !(we && context.JointVoice)) Add(subjects, new Subject(own, context.TurnSpeaker.Id));
            else if (!context.JointVoice && context.TurnSpeaker is null && context.Author?.Affiliation is { } author) Add(subjects, new Subject(author, null));
            else foreach (var actor in context.Participants) Add(subjects, new Subject(actor, context.TurnSpeaker?.Id));
        }
        if (StancePatterns.ThirdPerson.IsMatch(segment) && context.LastPerson?.Affiliation is { } last)
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
        var possessive = -1;
        foreach (Match word in StancePatterns.Word.Matches(segment))
        {
            // Possessives and contractions ("Japan's", "we’re", "I’ve") keep the word they are on.
            var w = StancePatterns.WordEnding.Replace(word.Value.TrimEnd('.', ',', ';', ':'), string.Empty);
            if (w.Length == 0) continue;
            var allowed = char.IsUpper(w[0]) || char.IsDigit(w[0]) || Words.SubjectWords.Contains(w) || w.StartsWith("al-", StringComparison.Ordinal);
            if (!allowed)
            {
                // "Freedonia's growing arsenal threatens …": the subject is what the possessor owns, not the possessor.
                if (possessive >= 0) end = possessive;
                break;
            }
            possessive = StancePatterns.PossessiveEnd.IsMatch(word.Value) && !StancePatterns.ContractionEnd.IsMatch(word.Value) ? word.Index : -1;
            end = word.Index + word.Length;
        }
        return segment.Substring(0, end);
    }

    // "X said (that)", "X told reporters (that)": a verb of saying with no side of its own (templates/reporting-verbs.json).
    private static readonly TieredRegex ReportingVerb = new(@"\b(?:told\s+\w+|" + ReportingVerbs.Default.Saying + @")(?:\s+that)?\s+",
        RegexOptions.CultureInvariant, RegexLimits.Timeout);

    private static readonly TieredRegex GroupNoun = new(@"^\s+" + Words.GroupNouns + @"\b", Options, Timeout);

    private static bool FollowedByGroupNoun(string segment, ActorMention mention) => GroupNoun.IsMatch(segment.Substring(mention.Index + mention.Length));

    private static void Add(List<Subject> subjects, Subject subject)
    {
        if (!subjects.Any(s => s.Actor == subject.Actor)) subjects.Add(subject);
    }
}
