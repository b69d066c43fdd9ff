// The issue taxonomy (templates/taxonomy.json, embedded; replaceable with --taxonomy):
// which issues exist and which phrases signal them.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

/// <summary>The issues BriefingKit tags, and a matcher for their terms. Immutable and thread-safe.</summary>
public sealed class IssueTaxonomy
{
    private const string Description = "taxonomy";
    private const string Shape = "{\"issues\": [{\"id\", \"name\", \"terms\"}]}";
    private static readonly Lazy<IssueTaxonomy> BuiltIn = new(() => new IssueTaxonomy(DataFiles.BuiltIn("taxonomy.json", Description, Shape, Read)));
    private readonly Dictionary<string, IssueDefinition> _byId;
    private readonly Dictionary<string, IReadOnlyList<string>> _afterNamePair;
    private readonly Lazy<PhraseMatcher<string>> _related;

    private IssueTaxonomy(IReadOnlyList<IssueDefinition> issues)
    {
        Issues = issues;
        _byId = issues.ToDictionary(i => i.Id, StringComparer.Ordinal);
        // A phrase listed under two issues ("AUKUS": Indo-Pacific and alliances) signals both.
        Terms = new PhraseMatcher<string>(issues.SelectMany(i => i.Terms.Select(t => (t, i.Id))), allValues: true);
        // Built on first use: only the analysis reads related terms, not a memo or matrix made from model JSON.
        _related = new Lazy<PhraseMatcher<string>>(() => new PhraseMatcher<string>(issues.SelectMany(i => i.Related.Select(t => (t, i.Id))), allValues: true));
        _afterNamePair = issues.SelectMany(i => i.AfterNamePair.Select(n => (Noun: n, i.Id)))
            .GroupBy(x => x.Noun, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Id).Distinct().ToList(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The issues, in file order.</summary>
    public IReadOnlyList<IssueDefinition> Issues { get; }

    internal PhraseMatcher<string> Terms { get; }

    internal PhraseMatcher<string> Related => _related.Value;

    /// <summary>The ids of the issues whose terms <paramref name="text"/> contains, each once, in order of first mention.</summary>
    /// <param name="text">Any text: a heading, a sentence, a paragraph.</param>
    /// <returns>The issue ids, possibly none.</returns>
    public IReadOnlyList<string> IssuesNamedIn(string? text) =>
        string.IsNullOrWhiteSpace(text) ? Array.Empty<string>() : Terms.Matches(text!).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The issues a noun signals after two names joined by a hyphen ("relationship" in "the U.S.-Israel relationship").</summary>
    internal IReadOnlyList<string> AfterNamePair(string noun) => _afterNamePair.TryGetValue(noun, out var ids) ? ids : Array.Empty<string>();

    /// <summary>The built-in taxonomy from <c>templates/taxonomy.json</c>.</summary>
    public static IssueTaxonomy Default => BuiltIn.Value;

    /// <summary>A taxonomy read from a file alone, without the built-in issues.</summary>
    /// <param name="path">A JSON file shaped like <c>templates/taxonomy.json</c>.</param>
    /// <returns>The taxonomy.</returns>
    public static IssueTaxonomy FromFile(string path) => new(DataFiles.FromFile(path, Description, Shape, Read));

    /// <summary>The built-in taxonomy with a user's issues merged in: an issue with a built-in id replaces it whole; others are added.</summary>
    /// <param name="path">A JSON file shaped like <c>templates/taxonomy.json</c>.</param>
    /// <returns>The merged taxonomy.</returns>
    public static IssueTaxonomy WithUserFile(string path)
    {
        var user = DataFiles.FromFile(path, Description, Shape, Read);
        var ids = new HashSet<string>(user.Select(i => i.Id), StringComparer.Ordinal);
        return new IssueTaxonomy(Default.Issues.Where(i => !ids.Contains(i.Id)).Concat(user).ToList());
    }

    /// <summary>The issue with this id, or <see langword="null"/>.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The issue.</returns>
    public IssueDefinition? Find(string id) => _byId.TryGetValue(id, out var issue) ? issue : null;

    private static List<IssueDefinition> Read(JsonElement root)
    {
        var issues = root.GetProperty("issues").EnumerateArray().Select(item => new IssueDefinition(
            item.GetProperty("id").GetString() ?? throw new JsonException("an issue has no id"),
            item.GetProperty("name").GetString() ?? throw new JsonException("an issue has no name"),
            JsonLists.Strings(item, "terms"), JsonLists.Strings(item, "related"))
        {
            Description = item.TryGetProperty("description", out var d) ? d.GetString() : null,
            AfterNamePair = JsonLists.Strings(item, "afterNamePair"),
        }).ToList();
        var duplicate = issues.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new JsonException($"the issue id '{duplicate.Key}' appears twice");
        return issues;
    }
}
