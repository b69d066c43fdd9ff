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
public sealed class PeopleDirectory
{
    private const string Description = "people list";
    private const string Shape = "{\"people\": [{\"name\", \"aliases\", \"roles\"}]}";
    private static readonly Lazy<PeopleDirectory> BuiltIn = new(() => new PeopleDirectory(DataFiles.BuiltIn("people.json", Description, Shape, Read)));
    private readonly Dictionary<string, List<PersonEntry>> _bySurname;

    private PeopleDirectory(IReadOnlyList<PersonEntry> people)
    {
        People = people;
        _bySurname = new Dictionary<string, List<PersonEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
            foreach (var form in person.Aliases.Prepend(person.Name))
            {
                // Every part of the name is a key: family names come first in "Moon Jae-in" and "Xi Jinping".
                foreach (var part in NameParts(form))
                {
                    if (!_bySurname.TryGetValue(part, out var list)) _bySurname[part] = list = new List<PersonEntry>();
                    if (!list.Contains(person)) list.Add(person);
                }
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

    /// <summary>People with <paramref name="surname"/> as a part of their name or an alias.</summary>
    /// <param name="surname">A surname (<c>Psaki</c>).</param>
    /// <returns>The candidates, possibly none.</returns>
    public IReadOnlyList<PersonEntry> WithSurname(string surname) =>
        _bySurname.TryGetValue(surname, out var list) ? list : (IReadOnlyList<PersonEntry>)Array.Empty<PersonEntry>();

    /// <summary>The person known by exactly this full name or alias.</summary>
    /// <param name="fullName">A full name.</param>
    /// <returns>The person, or <see langword="null"/>.</returns>
    public PersonEntry? WithFullName(string fullName) =>
        WithSurname(Surname(fullName)).FirstOrDefault(p => p.Aliases.Prepend(p.Name).Any(n => string.Equals(n, fullName, StringComparison.OrdinalIgnoreCase)));

    private static IEnumerable<string> NameParts(string name) =>
        name.Replace(",", " ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w.IndexOf('.') < 0 && w is not ("Jr" or "Sr" or "II" or "III"));

    internal static string Surname(string name)
    {
        var words = name.Replace(",", " ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("Jr." or "Jr" or "Sr." or "II" or "III")).ToArray();
        return words.Length == 0 ? name : words[words.Length - 1];
    }

    private static List<PersonEntry> Read(JsonElement root) =>
        root.GetProperty("people").EnumerateArray().Select(item => new PersonEntry(
            item.GetProperty("name").GetString() ?? throw new JsonException("a person has no name"),
            JsonLists.Strings(item, "aliases"),
            item.TryGetProperty("roles", out var roles) ? roles.EnumerateArray().Select(ReadRole).ToValueList() : ValueList<RoleEntry>.Empty)).ToList();

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
