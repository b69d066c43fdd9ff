// Resolves speaker labels to people: "MS. PSAKI" → Jen Psaki (Press Secretary, United States)
// from the document's own words ("Press Secretary Jen Psaki" in the title) and the people list;
// "THE PRESIDENT" → the president the document names most; reporters stay press.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>
/// Gives each labelled speaker a full name, role, affiliation and kind, from the document
/// (title and text) first and the <see cref="PeopleDirectory"/> second.
/// </summary>
internal sealed class SpeakerResolver : TranscriptAnalyzer
{
    private const int MaxSearchChars = 200_000;
    private readonly PeopleDirectory _people;
    private readonly ActorDirectory _actors;

    /// <summary>Creates the resolver.</summary>
    /// <param name="people">The people list; <see langword="null"/> for the built-in one.</param>
    /// <param name="actors">The actor gazetteer; <see langword="null"/> for the built-in one.</param>
    public SpeakerResolver(PeopleDirectory? people = null, ActorDirectory? actors = null)
    {
        _people = people ?? PeopleDirectory.Default;
        _actors = actors ?? ActorDirectory.Default;
    }

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.Metadata, AnalysisFacts.SpeakerKinds };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.SpeakerNames };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        if (transcript.Speakers.Count == 0) return transcript;
        var text = SearchText(transcript);
        var publisher = ActorDirectory.Default.PublisherOf(transcript.Url);
        var speakers = transcript.Speakers.Select(s => Resolve(s, transcript, text, publisher)).ToValueList();
        return transcript with { Speakers = speakers };
    }

    private Speaker Resolve(Speaker speaker, Transcript transcript, string text, string? publisher)
    {
        if (speaker.Kind is SpeakerKind.Press or SpeakerKind.Moderator or SpeakerKind.Interpreter) return speaker;
        // "Coach", "Client", "Agent": a part in the conversation, not a person or an office to resolve.
        if (KindWords.ConversationParts.Contains(speaker.Label ?? speaker.Name)) return speaker;
        // "AIDE:", "AUDIENCE MEMBER:": someone present whom the transcript does not name; no one to resolve.
        if (KindWords.UnidentifiedLabels.Contains((speaker.Label ?? speaker.Name).Trim())) return speaker with { Kind = SpeakerKind.Unknown };
        var parts = LabelParts.Parse(speaker.Name);
        if (parts.Name is null && parts.Role is null) return speaker;
        if (IsAnonymous(speaker.Name) || (parts.Name is { } named && IsAnonymous(named))) return speaker;

        var surname = parts.Surname ?? MostNamedHolder(parts.Role!, transcript.Title, text, transcript.Date, publisher);
        // "THE PRESIDENT" on a government's site, with no name in the text: whoever held that office there on the date.
        var holder = surname is null && publisher is not null && transcript.Date is { } day ? _people.HolderOn(parts.Role!, publisher, day) : null;
        surname ??= holder is null ? null : PeopleDirectory.Surname(holder.Name);
        if (surname is null)
        {
            // A role without a name ("Senior Administration Official"): an official of the publisher.
            return speaker with { Role = speaker.Role ?? parts.Role, Affiliation = Canonical(speaker.Affiliation) ?? publisher, Kind = SpeakerKind.Official };
        }

        var mention = parts.IsFullName ? new NameMention(parts.Name!, null) : FullNameFor(surname, parts.Role, transcript, text);
        var person = holder ?? Identify(parts, surname, mention, transcript, text);
        // A bare name in meeting captions ("Emma Ruiz") says nothing about the person's part.
        // The name is the document's own, without its honorific ("Miss Nancy Kramer" is Nancy Kramer).
        if (parts.IsFullName && parts.Role is null && person is null && mention?.Role is null) return speaker with { Name = parts.Name! };
        var role = person?.RoleOn(transcript.Date);
        var name = person?.Name ?? mention?.FullName ?? (parts.Role is null ? surname : parts.Role + " " + surname);
        var affiliation = Canonical(speaker.Affiliation) ?? role?.Affiliation ?? Canonical(NameMention.CountryAfter(surname, transcript.Title, text)) ?? publisher;
        return speaker with
        {
            Name = name,
            // The document's own words win ("Principal Deputy Press Secretary", "The Chairman"); the list
            // fills in a bare title ("Secretary" → "Secretary of State").
            Role = speaker.Role ?? mention?.Role ?? (parts.Role is null || (role?.Title.IndexOf(parts.Role, StringComparison.OrdinalIgnoreCase) ?? -1) >= 0 ? role?.Title : null) ?? parts.Role,
            Affiliation = affiliation,
            Kind = SpeakerKind.Official,
        };
    }

    /// <summary>
    /// The person of the people list a label means. The document's own name comes first: a full name (in the label
    /// or written in the text for its surname) is only ever that person, never someone else of the same surname;
    /// a surname the text never writes in full is someone of the list whose full name the text writes, else the one
    /// person the list has for it (and the label's title) on the document's date.
    /// </summary>
    private PersonEntry? Identify(LabelParts parts, string surname, NameMention? mention, Transcript transcript, string text)
    {
        if (mention is not null) return _people.Identify(mention.FullName, parts.Role ?? mention.Role, transcript.Date);
        return NamedInDocument(surname, parts.Role, transcript.Title, text) ?? _people.Identify(surname, parts.Role, transcript.Date);
    }

    /// <summary>
    /// How the document writes the full name of a labelled surname: the first mention, but with a title in the label
    /// ("PRESIDENT BIDEN") not a mention of someone the list knows never held it ("My wife, Dr. Jill Biden").
    /// </summary>
    private NameMention? FullNameFor(string surname, string? role, Transcript transcript, string text)
    {
        foreach (var mention in NameMention.FindAll(surname, transcript.Title, text))
        {
            if (role is null || (mention.Role is { } written && PeopleDirectory.RoleFits(written, role))) return mention;
            if (_people.Identify(mention.FullName, null, transcript.Date) is not { } known || PeopleDirectory.HeldTitle(known, role)) return mention;
        }
        return null;
    }

    /// <summary>A known person whose full name the document writes ("President Moon Jae-in"), and who held the label's title if it has one.</summary>
    private PersonEntry? NamedInDocument(string surname, string? role, string? title, string text)
    {
        foreach (var person in _people.WithSurname(surname).Where(p => role is null || PeopleDirectory.HeldTitle(p, role)))
            foreach (var form in person.Aliases.Prepend(person.Name))
                if ((title ?? string.Empty).IndexOf(form, StringComparison.Ordinal) >= 0 || text.IndexOf(form, StringComparison.Ordinal) >= 0) return person;
        return null;
    }

    /// <summary>"Russian Federation" → "Russia"; a name the gazetteer does not know is kept as written.</summary>
    private string? Canonical(string? actor) => actor is null ? null : _actors.Canonical(actor) ?? actor;

    /// <summary>For a bare role ("The President"), the surname the document most often puts after that role.</summary>
    private string? MostNamedHolder(string role, string? title, string text, DateTime? date, string? publisher)
    {
        var pattern = new Regex(@"\b" + Regex.Escape(role) + @"\s+(?<surname>[\p{Lu}][\p{L}'’\-]+)\b", RegexOptions.CultureInvariant, RegexLimits.Timeout);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in pattern.Matches((title ?? string.Empty) + "\n" + text))
        {
            // "President Carter's News Conference": the possessive is no part of the name.
            var surname = match.Groups["surname"].Value.Replace("’s", string.Empty).Replace("'s", string.Empty);
            if (RoleWords.IsRoleWord(surname) || NameWords.Default.IsNotName(surname)) continue;
            // Prefer people the list knows held that role on the date.
            // "THE PRESIDENT" on a government's site is its own president; then anyone the list
            // knows held the role on the date; then whoever the text names most.
            var holders = _people.WithSurname(surname).Select(p => p.RoleOn(date)).Where(r => r is not null && string.Equals(r.Title, role, StringComparison.OrdinalIgnoreCase)).ToList();
            var weight = holders.Any(r => publisher is not null && r!.Affiliation == publisher) ? 100 : holders.Count > 0 ? 10 : 1;
            counts[surname] = (counts.TryGetValue(surname, out var n) ? n : 0) + weight;
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).First().Key;
    }

    /// <summary>
    /// Placeholder labels of transcription services: "SPEAKER_00", "Speaker 3", "Unknown Speaker" (a part in a
    /// conversation, "Agent" or "Coach", is <see cref="KindWords.ConversationParts"/>). Tested on the whole label
    /// too, since "Speaker" is also a role word ("Speaker Pelosi") and would be split off as one.
    /// </summary>
    private static bool IsAnonymous(string name) =>
        name.StartsWith("SPEAKER_", StringComparison.OrdinalIgnoreCase)
        || SpeakerPatterns.NumberedVoice.IsMatch(name) // AWS "spk_0"
        || Placeholder.IsMatch(name);

    // A regex, not a phrase list: the label may carry a number ("Speaker 3", "Guest2"); the words are data (speaker-kinds.json).
    private static readonly TieredRegex Placeholder = new(@"^(?:" + KindWords.PlaceholderQualifier + @"\s+)?" + KindWords.PlaceholderLabel + @"(?:\s*\d+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.Timeout);

    private static string SearchText(Transcript transcript)
    {
        var builder = new StringBuilder();
        foreach (var turn in transcript.Turns)
        {
            if (builder.Length > MaxSearchChars) break;
            builder.Append(turn.Text).Append('\n');
        }
        return builder.ToString();
    }
}
