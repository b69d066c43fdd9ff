// The actor gazetteer (templates/actors.json, embedded, plus any user file): canonical names
// of countries and organisations and every common way to refer to them ("the Kremlin" → Russia).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

/// <summary>Finds actors in text and gives their canonical names. Immutable and thread-safe.</summary>
public sealed class ActorDirectory
{
    private const string Description = "actor list";
    private const string Shape = "{\"actors\": [{\"name\", \"aliases\", \"adjectives\", \"metonyms\"}]}";
    private static readonly Lazy<ActorDirectory> BuiltIn = new(() =>
    {
        var (actors, nonReferences) = DataFiles.BuiltIn("actors.json", Description, Shape, Read);
        return new ActorDirectory(actors, nonReferences);
    });
    private readonly Dictionary<string, (string Actor, bool Adjective)> _forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byLowerName = new(StringComparer.OrdinalIgnoreCase);
    private readonly PhraseMatcher<(string Actor, bool Adjective)> _matcher;
    private readonly List<(string Host, string Actor)> _webHosts;

    private ActorDirectory(IReadOnlyList<ActorEntry> actors, IReadOnlyList<string> nonReferences)
    {
        Actors = actors;
        NonReferences = nonReferences;
        foreach (var actor in actors)
        {
            Add(actor.Name, actor.Name, false);
            foreach (var alias in actor.Aliases) Add(alias, actor.Name, false);
            foreach (var metonym in actor.Metonyms) Add(metonym, actor.Name, false);
            foreach (var demonym in actor.Demonyms) Add(demonym, actor.Name, false);
            foreach (var adjective in actor.Adjectives) Add(adjective, actor.Name, true);
        }
        _webHosts = actors.SelectMany(a => a.WebHosts.Select(h => (Host: h.ToLowerInvariant(), Actor: a.Name)))
            .OrderByDescending(h => h.Host.Length).ToList();
        // Names are proper nouns: matched with their capitals ("US" is not "us"); "the Kremlin" also as "The Kremlin".
        // Phrases that contain an actor's name without meaning it ("Washington Post", "Paris Agreement")
        // are matched too, as longer phrases, and then passed over.
        _matcher = new PhraseMatcher<(string, bool)>(
            _forms.SelectMany(f => f.Key.StartsWith("the ", StringComparison.Ordinal)
                ? new[] { (f.Key, f.Value), ("The " + f.Key.Substring(4), f.Value) }
                : new[] { (f.Key, f.Value) })
                .Concat(nonReferences.Select(n => (n, (string.Empty, false)))),
            caseSensitive: true);
    }

    /// <summary>Every actor.</summary>
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Phrases that hold an actor's name without referring to it ("Washington Post").</summary>
    internal IReadOnlyList<string> NonReferences { get; }

    /// <summary>The built-in gazetteer from <c>templates/actors.json</c>.</summary>
    public static ActorDirectory Default => BuiltIn.Value;

    /// <summary>The built-in gazetteer with a user's file added; a user entry replaces a built-in one of the same name.</summary>
    /// <param name="path">A JSON file shaped like <c>templates/actors.json</c>.</param>
    /// <returns>The combined directory.</returns>
    public static ActorDirectory WithUserFile(string path)
    {
        var (user, nonReferences) = DataFiles.FromFile(path, Description, Shape, Read);
        var names = new HashSet<string>(user.Select(a => a.Name), StringComparer.OrdinalIgnoreCase);
        return new ActorDirectory(Default.Actors.Where(a => !names.Contains(a.Name)).Concat(user).ToList(), Default.NonReferences.Concat(nonReferences).ToList());
    }

    /// <summary>The canonical name for a form of an actor's name (<c>Russian Federation</c> → <c>Russia</c>), or <see langword="null"/>.</summary>
    /// <param name="text">A name, alias, adjective or metonym.</param>
    /// <returns>The canonical name, or <see langword="null"/>.</returns>
    public string? Canonical(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (_forms.TryGetValue(trimmed, out var form)) return form.Actor;
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && _forms.TryGetValue(trimmed.Substring(4), out form)) return form.Actor;
        return _byLowerName.TryGetValue(trimmed, out var name) ? name : null;
    }

    /// <summary>Every mention of an actor in <paramref name="text"/>, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The mentions.</returns>
    public IEnumerable<ActorMention> Find(string text)
    {
        if (string.IsNullOrEmpty(text)) yield break;
        foreach (var (index, length, _, (actor, adjective)) in _matcher.Matches(text))
            if (actor.Length > 0) yield return new ActorMention(actor, index, length, adjective);
    }

    /// <summary>
    /// The actor whose site published <paramref name="url"/> (its <c>webHosts</c>: the host itself or a subdomain of it, or
    /// any host in a domain written with a leading dot), the longest host first; null when none or no absolute URL.
    /// </summary>
    /// <param name="url">The document's web address.</param>
    /// <returns>The publishing actor's name, or null.</returns>
    internal string? PublisherOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.ToLowerInvariant();
        foreach (var (suffix, actor) in _webHosts)
            if (host == suffix.TrimStart('.') || host.EndsWith(suffix.StartsWith(".", StringComparison.Ordinal) ? suffix : "." + suffix, StringComparison.Ordinal)) return actor;
        return null;
    }

    private void Add(string form, string actor, bool adjective)
    {
        if (form.Length == 0) return;
        if (!_forms.ContainsKey(form)) _forms[form] = (actor, adjective);
        if (!adjective && !_byLowerName.ContainsKey(form)) _byLowerName[form] = actor;
    }

    private static (List<ActorEntry> Actors, ValueList<string> NonReferences) Read(JsonElement root) => (
        root.GetProperty("actors").EnumerateArray().Select(item => new ActorEntry(
            item.GetProperty("name").GetString() ?? throw new JsonException("an actor has no name"),
            item.TryGetProperty("kind", out var kind) ? kind.GetString() ?? "country" : "country",
            JsonLists.Strings(item, "aliases"), JsonLists.Strings(item, "adjectives"), JsonLists.Strings(item, "metonyms"))
        {
            Demonyms = JsonLists.Strings(item, "demonyms"),
            WebHosts = JsonLists.Strings(item, "webHosts"),
            PartOf = item.TryGetProperty("partOf", out var partOf) ? partOf.GetString() : null,
        }).ToList(),
        JsonLists.Strings(root, "nonReferences"));
}
