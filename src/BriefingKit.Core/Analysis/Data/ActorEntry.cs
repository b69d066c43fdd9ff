namespace BriefingKit.Analysis;

/// <summary>An actor (country or organisation) and the ways text refers to it.</summary>
/// <param name="Name">The canonical name (<c>United States</c>).</param>
/// <param name="Kind">"country", "organization" or "territory".</param>
/// <param name="Aliases">Other names (<c>U.S.</c>, <c>USA</c>).</param>
/// <param name="Adjectives">Adjectives (<c>American</c>).</param>
/// <param name="Metonyms">Places standing for the government (<c>Washington</c>, <c>the Kremlin</c>).</param>
public sealed record ActorEntry(string Name, string Kind, ValueList<string> Aliases, ValueList<string> Adjectives, ValueList<string> Metonyms)
{
    /// <summary>Plural nouns for the people (<c>the Russians</c>), read as naming the actor.</summary>
    public ValueList<string> Demonyms { get; init; } = ValueList<string>.Empty;

    /// <summary>
    /// The web hosts that publish for it (<c>kremlin.ru</c>; a leading dot for a whole domain, <c>.gov</c>): a speaker the
    /// text leaves unattributed on such a site is most often its own.
    /// </summary>
    public ValueList<string> WebHosts { get; init; } = ValueList<string>.Empty;

    /// <summary>The body this one belongs to (<c>European Commission</c> → <c>European Union</c>), when any.</summary>
    public string? PartOf { get; init; }
}
