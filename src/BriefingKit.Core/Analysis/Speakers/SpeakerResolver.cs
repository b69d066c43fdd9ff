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
public sealed class SpeakerResolver : ITranscriptAnalyzer
{
    private const int MaxSearchChars = 200_000;
    private readonly PeopleDirectory _people;

    /// <summary>Creates the resolver.</summary>
    /// <param name="people">The people list; <see langword="null"/> for the built-in one.</param>
    public SpeakerResolver(PeopleDirectory? people = null) => _people = people ?? PeopleDirectory.Default;

    /// <inheritdoc />
    public Transcript Analyze(Transcript transcript, CancellationToken cancellationToken)
    {
        if (transcript is null) throw new ArgumentNullException(nameof(transcript));
        if (transcript.Speakers.Count == 0) return transcript;
        var text = SearchText(transcript);
        var publisher = Publishers.ActorOf(transcript.Url);
        var speakers = transcript.Speakers.Select(s => Resolve(s, transcript, text, publisher)).ToValueList();
        return transcript with { Speakers = speakers };
    }

    private Speaker Resolve(Speaker speaker, Transcript transcript, string text, string? publisher)
    {
        if (speaker.Kind is SpeakerKind.Press or SpeakerKind.Moderator or SpeakerKind.Interpreter) return speaker;
        var parts = LabelParts.Parse(speaker.Name);
        if (parts.Name is null && parts.Role is null) return speaker;
        if (IsAnonymous(speaker.Name) || (parts.Name is { } named && IsAnonymous(named))) return speaker;

        var surname = parts.Surname ?? MostNamedHolder(parts.Role!, transcript.Title, text, transcript.Date);
        if (surname is null)
        {
            // A role without a name ("Senior Administration Official"): an official of the publisher.
            return speaker with { Role = speaker.Role ?? parts.Role, Affiliation = speaker.Affiliation ?? publisher, Kind = SpeakerKind.Official };
        }

        var mention = parts.IsFullName ? new NameMention(parts.Name!, null) : NameMention.Find(surname, transcript.Title, text);
        var person = (mention is null ? null : _people.WithFullName(mention.FullName)) ?? PickBySurname(surname, parts.Role, transcript.Date);
        var role = person?.RoleOn(transcript.Date);
        var name = person?.Name ?? mention?.FullName ?? (parts.Role is null ? surname : parts.Role + " " + surname);
        var affiliation = speaker.Affiliation ?? role?.Affiliation ?? NameMention.CountryAfter(surname, transcript.Title, text) ?? publisher;
        return speaker with
        {
            Name = name,
            Role = speaker.Role ?? role?.Title ?? mention?.Role ?? parts.Role,
            Affiliation = affiliation,
            Kind = SpeakerKind.Official,
        };
    }

    private PersonEntry? PickBySurname(string surname, string? role, DateTime? date)
    {
        var candidates = _people.WithSurname(surname);
        if (candidates.Count <= 1) return candidates.FirstOrDefault();
        var inOffice = candidates.Where(p => p.RoleOn(date) is { } r && (role is null || r.Title.IndexOf(role, StringComparison.OrdinalIgnoreCase) >= 0)).ToList();
        return inOffice.Count == 1 ? inOffice[0] : null;
    }

    /// <summary>For a bare role ("The President"), the surname the document most often puts after that role.</summary>
    private string? MostNamedHolder(string role, string? title, string text, DateTime? date)
    {
        var pattern = new Regex(@"\b" + Regex.Escape(role) + @"\s+(?<surname>[\p{Lu}][\p{L}'’\-]+)\b", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in pattern.Matches((title ?? string.Empty) + "\n" + text))
        {
            var surname = match.Groups["surname"].Value;
            if (RoleWords.IsRoleWord(surname)) continue;
            // Prefer people the list knows held that role on the date.
            var weight = _people.WithSurname(surname).Any(p => p.RoleOn(date) is { } r && string.Equals(r.Title, role, StringComparison.OrdinalIgnoreCase)) ? 10 : 1;
            counts[surname] = (counts.TryGetValue(surname, out var n) ? n : 0) + weight;
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).First().Key;
    }

    /// <summary>
    /// Placeholder labels of transcription services: "SPEAKER_00", "Speaker 3", "Unknown Speaker". Tested on the
    /// whole label too, since "Speaker" is also a role word ("Speaker Pelosi") and would be split off as one.
    /// </summary>
    private static bool IsAnonymous(string name) =>
        name.StartsWith("SPEAKER_", StringComparison.OrdinalIgnoreCase)
        || Regex.IsMatch(name, @"^(?:(?:Unknown|Unidentified)\s+)?(?:Speaker|Unknown|Unidentified|Participant|Guest|Caller|Attendee)(?:\s*\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

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
