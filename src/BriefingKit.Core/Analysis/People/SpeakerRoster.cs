// The transcript's speakers while analysis adds reported people to them: finds a speaker by
// surname, role or mention, and adds new people resolved against the people list.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace BriefingKit.Analysis;

internal sealed class SpeakerRoster
{
    private readonly List<Speaker> _speakers;
    private readonly PeopleDirectory _people;
    private readonly DateTime? _date;

    public SpeakerRoster(Transcript transcript, PeopleDirectory people)
    {
        _speakers = transcript.Speakers.ToList();
        _people = people;
        _date = transcript.Date;
        _publisher = ActorDirectory.Default.PublisherOf(transcript.Url);
    }

    // People a government site writes about without saying where they are from are, most
    // often, that government's own (officials, legislators): the publisher is the fallback.
    private readonly string? _publisher;

    public IReadOnlyList<Speaker> Speakers => _speakers;

    public bool Changed { get; private set; }

    /// <summary>The speaker this mention refers to, adding them when new.</summary>
    public Speaker Resolve(PersonMention mention)
    {
        // A full name is identified first (the list may say two spellings are one person); a surname only when new.
        var person = mention.IsFullName ? _people.Identify(mention.Name, mention.Role, _date) : null;
        var known = Known(mention, person);
        if (known is not null) return known;
        if (!mention.IsFullName) person = _people.Identify(mention.Name, mention.Role, _date);

        var role = person?.RoleOn(_date) ?? (person is not null && _date is null ? null : null);
        var name = person?.Name ?? (mention.IsFullName ? mention.Name : (mention.Role is null ? mention.Name : mention.Role + " " + mention.Name));
        var speaker = new Speaker("s" + (_speakers.Count + 1).ToString(CultureInfo.InvariantCulture), name)
        {
            Label = mention.Text,
            Role = mention.Role ?? role?.Title,
            Affiliation = mention.Affiliation ?? role?.Affiliation ?? person?.RoleOn(null)?.Affiliation ?? (person is null ? _publisher : null),
            Kind = SpeakerKind.Official,
        };
        _speakers.Add(speaker);
        Changed = true;
        return speaker;
    }

    /// <summary>
    /// The speaker a mention refers to without adding anyone: a known speaker, or a stand-in
    /// (not in <see cref="Speakers"/>) carrying the affiliation the mention or the people list gives.
    /// </summary>
    public Speaker Lookup(PersonMention mention)
    {
        // A full name is identified first (the list may say two spellings are one person); a surname only when new.
        var person = mention.IsFullName ? _people.Identify(mention.Name, mention.Role, _date) : null;
        var known = Known(mention, person);
        if (known is not null) return known;
        if (!mention.IsFullName) person = _people.Identify(mention.Name, mention.Role, _date);
        return new Speaker(string.Empty, person?.Name ?? mention.Name)
        {
            Role = mention.Role ?? person?.RoleOn(_date)?.Title,
            Affiliation = mention.Affiliation ?? person?.RoleOn(_date)?.Affiliation ?? person?.RoleOn(null)?.Affiliation ?? (person is null ? _publisher : null),
            Kind = SpeakerKind.Official,
        };
    }

    public Speaker? BySurname(string surname) =>
        _speakers.FirstOrDefault(s => s.Kind is SpeakerKind.Official or SpeakerKind.Moderator
            && s.Name.Split(' ').Any(w => NameKey.Same(w.TrimEnd(',', '.'), surname)));

    /// <summary>
    /// The speaker a mention names: by surname, but a full name only matches a speaker whose name has no other
    /// given name ("Maria Lopez" is not "Andrés Manuel López Obrador"; "Warren" may be "Charles Warren").
    /// </summary>
    private Speaker? Known(PersonMention mention, PersonEntry? person)
    {
        if (!mention.IsFullName) return BySurname(mention.Surname);
        // "Joe Biden" and "Joseph R. Biden Jr." are one person when the list says so.
        if (person is not null && _speakers.FirstOrDefault(s => NameKey.Same(s.Name, person.Name)) is { } listed) return listed;
        var words = NameKey.Words(mention.Name);
        return _speakers.FirstOrDefault(s => s.Kind is SpeakerKind.Official or SpeakerKind.Moderator
            && NameKey.Words(s.Name) is var known && known.Count > 0 && (known.All(words.Contains) || words.All(known.Contains)));
    }

    /// <summary>"the Secretary" → the one speaker whose role has that word.</summary>
    public Speaker? ByRole(string roleWord)
    {
        var matches = _speakers.Where(s => s.Role is not null && s.Role.Split(' ').Any(w => string.Equals(w, roleWord, StringComparison.OrdinalIgnoreCase))).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>"the President" in a readout: the first official with that title (the document's principal).</summary>
    public Speaker? FirstWithRole(string role)
    {
        // "The President" in a White House readout is the U.S. president: the publisher's own side first.
        var officials = _speakers.Where(s => s.Kind == SpeakerKind.Official && s.Role is not null)
            .OrderBy(s => _publisher is not null && s.Affiliation == _publisher ? 0 : 1).ToList();
        return officials.FirstOrDefault(s => string.Equals(s.Role, role, StringComparison.OrdinalIgnoreCase))
            ?? officials.FirstOrDefault(s => s.Role!.StartsWith(role + " ", StringComparison.OrdinalIgnoreCase))
            ?? officials.FirstOrDefault(s => s.Role!.EndsWith(" " + role, StringComparison.OrdinalIgnoreCase) && !s.Role.StartsWith("Vice", StringComparison.OrdinalIgnoreCase));
    }
}
