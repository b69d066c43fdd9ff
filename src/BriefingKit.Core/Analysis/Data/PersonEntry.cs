using System;

namespace BriefingKit.Analysis;

/// <summary>A person in the people list: the name an analyst writes, other spellings, and roles over time.</summary>
/// <param name="Name">The full name as an analyst writes it (<c>Jen Psaki</c>).</param>
/// <param name="Aliases">Other full forms and spellings (<c>Jennifer Psaki</c>).</param>
/// <param name="Roles">Offices held, with dates.</param>
internal sealed record PersonEntry(string Name, ValueList<string> Aliases, ValueList<RoleEntry> Roles)
{
    /// <summary>
    /// The family name when it is not the last word of <see cref="Name"/> ("Xi" in "Xi Jinping", "Moon" in
    /// "Moon Jae-in"); <see langword="null"/> when it is.
    /// </summary>
    public string? FamilyName { get; init; }

    /// <summary>The role held on <paramref name="date"/>, else the latest role.</summary>
    /// <param name="date">The date of the transcript, when known.</param>
    /// <returns>The role, or <see langword="null"/> when the list has none.</returns>
    public RoleEntry? RoleOn(DateTime? date)
    {
        RoleEntry? latest = null;
        foreach (var role in Roles)
        {
            if (date is { } d && role.Covers(d)) return role;
            if (latest is null || (role.From ?? DateTime.MinValue) > (latest.From ?? DateTime.MinValue)) latest = role;
        }
        return date is null ? latest : null;
    }
}

/// <summary>An office held by a person.</summary>
/// <param name="Title">The office (<c>Press Secretary</c>).</param>
/// <param name="Affiliation">The canonical actor (<c>United States</c>).</param>
internal sealed record RoleEntry(string Title, string? Affiliation)
{
    /// <summary>The first day in office, when known.</summary>
    public DateTime? From { get; init; }

    /// <summary>The day a successor took office (the holder's last day is the day before); <see langword="null"/> while still held.</summary>
    public DateTime? To { get; init; }

    /// <summary>Whether the role was held on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when held then.</returns>
    public bool Covers(DateTime date) => (From is null || From <= date) && (To is null || date < To);
}
