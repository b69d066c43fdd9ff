// The people list (templates/people.json, embedded) plus any list the user passes:
// who holds which office when, so "THE PRESIDENT" on 2021-04-15 or "MS. PSAKI" can be
// resolved to a full name, role and affiliation.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

/// <summary>A searchable list of known people. Immutable and thread-safe once loaded.</summary>
internal sealed class PeopleDirectory
{
    private const string Description = "people list";
    private const string Shape = "{\"people\": [{\"name\", \"aliases\", \"familyName\", \"roles\"}]}";
    private static readonly Lazy<PeopleDirectory> BuiltIn = new(() => new PeopleDirectory(DataFiles.BuiltIn("people.json", Description, Shape, Read)));
    private readonly Dictionary<string, List<PersonEntry>> _byFamilyName;

    private PeopleDirectory(IReadOnlyList<PersonEntry> people)
    {
        People = people;
        _byFamilyName = new Dictionary<string, List<PersonEntry>>(StringComparer.Ordinal);
        foreach (var person in people)
            foreach (var family in FamilyNames(person))
            {
                if (!_byFamilyName.TryGetValue(family, out var list)) _byFamilyName[family] = list = new List<PersonEntry>();
                if (!list.Contains(person)) list.Add(person);
            }
    }

    /// <summary>
    /// The folded names a person is called by with a title alone ("President Biden", "Mr. Lavrov"): the last word
    /// of the name and of each alias, the entry's <c>familyName</c> where it comes first ("Xi Jinping"), and
    /// one-word aliases ("Lula"). Given names are not keys: "Senator Ron" is nobody's surname.
    /// </summary>
    private static IEnumerable<string> FamilyNames(PersonEntry person)
    {
        if (person.FamilyName is { } declared) yield return NameKey.Fold(declared);
        foreach (var form in person.Aliases.Prepend(person.Name))
        {
            var words = NameKey.Words(form);
            if (words.Count > 0) yield return words[words.Count - 1];
        }
    }

    /// <summary>Everyone in the list.</summary>
    public IReadOnlyList<PersonEntry> People { get; }

    /// <summary>The built-in list from <c>templates/people.json</c>.</summary>
    public static PeopleDirectory Default => BuiltIn.Value;

    /// <summary>The built-in list with the entries of a user's file added; a user entry replaces a built-in one of the same name.</summary>
    /// <param name="path">A JSON file shaped like <c>templates/people.json</c>.</param>
    /// <returns>The combined directory.</returns>
    /// <exception cref="TranscriptFormatException">The file is not a valid people list.</exception>
    public static PeopleDirectory WithUserFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        var user = DataFiles.FromFile(path, Description, Shape, Read);
        var names = new HashSet<string>(user.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        return new PeopleDirectory(Default.People.Where(p => !names.Contains(p.Name)).Concat(user).ToList());
    }

    /// <summary>People called <paramref name="surname"/> with a title alone (a family name, compared case- and accent-insensitively).</summary>
    /// <param name="surname">A surname (<c>Psaki</c>, <c>Erdogan</c>).</param>
    /// <returns>The candidates, possibly none.</returns>
    public IReadOnlyList<PersonEntry> WithSurname(string surname) =>
        surname is not null && _byFamilyName.TryGetValue(NameKey.Fold(surname.Trim('.', ',')), out var list) ? list : (IReadOnlyList<PersonEntry>)Array.Empty<PersonEntry>();

    /// <summary>
    /// The one person in the list a document means by <paramref name="name"/>, or <see langword="null"/>. A name
    /// with a given name ("Charles Warren") is only ever a person whose given and family names both match
    /// ("Elizabeth Warren" is someone else); a surname alone ("Ms. Psaki") is the one person of that surname who
    /// held <paramref name="role"/> (on <paramref name="date"/> when someone did, else ever: a title outlives the
    /// office), or without a role the one who held any office on the date.
    /// </summary>
    /// <param name="name">The name as written, with or without title: "Senator Ron Wyden", "Psaki".</param>
    /// <param name="role">The title written with it ("President"), if any.</param>
    /// <param name="date">The document's date, when known.</param>
    /// <returns>The person, or <see langword="null"/> when the list has nobody or several.</returns>
    public PersonEntry? Identify(string name, string? role, DateTime? date)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var words = NameKey.Words(name);
        if (words.Count == 0) return null;
        if (words.Count >= 2)
        {
            // Family name last ("Joe Biden") or first ("Xi Jinping", "Moon Jae-in").
            var named = WithSurname(words[words.Count - 1]).Concat(WithSurname(words[0])).Distinct()
                .Where(p => p.Aliases.Prepend(p.Name).Any(form => SameWords(words, NameKey.Words(form)))).ToList();
            if (named.Count <= 1) return named.FirstOrDefault();
            return Unique(named.Where(p => HeldOn(p, role, date)));
        }

        var candidates = WithSurname(words[0]);
        if (role is not null && RoleWords.Expand(role) is var title && !IsHonorificOnly(title))
            return Unique(candidates.Where(p => HeldOn(p, title, date))) ?? (date is null ? null : Unique(candidates.Where(p => HeldOn(p, title, null))));
        return date is null ? Unique(candidates) : Unique(candidates.Where(p => p.RoleOn(date) is not null));
    }

    /// <summary>The one person who held <paramref name="role"/> for <paramref name="affiliation"/> on <paramref name="date"/> ("the President" of the United States on 2021-04-15).</summary>
    /// <param name="role">An office, exactly as the list writes it ("President").</param>
    /// <param name="affiliation">The canonical actor.</param>
    /// <param name="date">The date.</param>
    /// <returns>The holder, or <see langword="null"/> when the list has nobody or several.</returns>
    public PersonEntry? HolderOn(string role, string affiliation, DateTime date) =>
        Unique(People.Where(p => p.Roles.Any(r => r.Covers(date) && r.Affiliation == affiliation && string.Equals(r.Title, role, StringComparison.OrdinalIgnoreCase))));

    // Neither name has a word the other lacks (initials and suffixes aside): "Ashton Carter" and "Ashton B. Carter";
    // not "John Kennedy" and "Robert Kennedy".
    private static bool SameWords(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        b.Count >= 2 && (a.All(b.Contains) || b.All(a.Contains));

    /// <summary>Whether <paramref name="person"/> ever held a title <paramref name="role"/> fits ("President", "Secretary").</summary>
    internal static bool HeldTitle(PersonEntry person, string role) => HeldOn(person, RoleWords.Expand(role), null);

    private static bool HeldOn(PersonEntry person, string? role, DateTime? date) =>
        person.Roles.Any(r => (date is not { } d || r.Covers(d)) && (role is null || RoleFits(r.Title, role)));

    /// <summary>"President" fits "President"; "Secretary" fits "Secretary of State"; "Foreign Minister" fits "Minister"; "President" does not fit "Vice President".</summary>
    internal static bool RoleFits(string title, string role)
    {
        var t = " " + NameKey.Fold(title) + " ";
        var r = " " + NameKey.Fold(role).Trim() + " ";
        if (t.IndexOf(r, StringComparison.Ordinal) >= 0) return !(t.StartsWith(" vice ", StringComparison.Ordinal) && !r.StartsWith(" vice ", StringComparison.Ordinal));
        return r.IndexOf(t, StringComparison.Ordinal) >= 0;
    }

    private static bool IsHonorificOnly(string role) =>
        role.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).All(RoleWords.IsHonorific);

    private static PersonEntry? Unique(IEnumerable<PersonEntry> people)
    {
        PersonEntry? found = null;
        foreach (var person in people)
        {
            if (found is not null && !ReferenceEquals(found, person)) return null;
            found = person;
        }
        return found;
    }

    /// <summary>The last word of a name, the family name in Western order, without a generational suffix ("Biden" for "Joseph R. Biden, Jr.").</summary>
    /// <param name="name">A full name as written.</param>
    /// <returns>The surname, or <paramref name="name"/> itself when it has no other word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Surname(string name) => PersonNames.Surname(name);

    private static List<PersonEntry> Read(JsonElement root) =>
        root.GetProperty("people").EnumerateArray().Select(item => new PersonEntry(
            item.GetProperty("name").GetString() ?? throw new JsonException("a person has no name"),
            JsonLists.Strings(item, "aliases"),
            item.TryGetProperty("roles", out var roles) ? roles.EnumerateArray().Select(ReadRole).ToValueList() : ValueList<RoleEntry>.Empty)
        {
            FamilyName = item.TryGetProperty("familyName", out var family) ? family.GetString() : null,
        }).ToList();

    private static RoleEntry ReadRole(JsonElement role) => new(
        role.GetProperty("title").GetString() ?? string.Empty,
        role.TryGetProperty("affiliation", out var affiliation) ? affiliation.GetString() : null)
    {
        From = ReadDate(role, "from"),
        To = ReadDate(role, "to"),
    };

    private static DateTime? ReadDate(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateTime.ParseExact(value.GetString()!, new[] { "yyyy-MM-dd", "yyyy-MM", "yyyy" }, CultureInfo.InvariantCulture, DateTimeStyles.None)
            : null;
}
