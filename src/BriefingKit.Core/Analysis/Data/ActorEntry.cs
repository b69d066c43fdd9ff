namespace BriefingKit.Analysis;

/// <summary>An actor (country or organisation) and the ways text refers to it.</summary>
/// <param name="Name">The canonical name (<c>United States</c>).</param>
/// <param name="Kind">"country", "organization" or "territory".</param>
/// <param name="Aliases">Other names (<c>U.S.</c>, <c>USA</c>).</param>
/// <param name="Adjectives">Adjectives (<c>American</c>).</param>
/// <param name="Metonyms">Places standing for the government (<c>Washington</c>, <c>the Kremlin</c>).</param>
public sealed record ActorEntry(string Name, string Kind, ValueList<string> Aliases, ValueList<string> Adjectives, ValueList<string> Metonyms);
