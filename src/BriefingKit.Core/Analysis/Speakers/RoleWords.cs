// Words that make up titles and honorifics ("Press Secretary", "Prime Minister", "Ms."),
// so a label or a mention can be split into a role and a name (templates/roles.json, embedded).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal static class RoleWords
{
    private static readonly Lazy<Lists> Data = new(() => DataFiles.BuiltIn("roles.json", "role word list",
        "{\"honorifics\": [...], \"titleWords\": [...], \"abbreviations\": {\"Sen\": \"Senator\", ...}}", Read));

    private static HashSet<string> Honorifics => Data.Value.Honorifics;

    private static HashSet<string> Titles => Data.Value.Titles;

    private static Dictionary<string, string> Abbreviated => Data.Value.Abbreviated;

    /// <summary>Writes abbreviated titles out: "Sen." → "Senator".</summary>
    public static string Expand(string role) =>
        string.Join(" ", role.Split(' ').Select(w => Abbreviated.TryGetValue(w, out var full) ? full : w));

    public static bool IsHonorific(string word) => Honorifics.Contains(word.TrimEnd('.'));

    public static bool IsRoleWord(string word)
    {
        var w = word.TrimEnd('.', ',');
        // "Ambassador-designate", "Vice-Chair": the title is the first part.
        var hyphen = w.IndexOf('-');
        return Titles.Contains(w) || IsHonorific(w) || (hyphen > 0 && Titles.Contains(w.Substring(0, hyphen)));
    }

    private static Lists Read(JsonElement root)
    {
        var abbreviated = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in root.GetProperty("abbreviations").EnumerateObject())
            abbreviated[entry.Name] = entry.Value.GetString() ?? throw new JsonException($"abbreviation \"{entry.Name}\" has no full form");
        return new Lists(
            new HashSet<string>(JsonLists.Required(root, "honorifics"), StringComparer.OrdinalIgnoreCase),
            new HashSet<string>(JsonLists.Required(root, "titleWords"), StringComparer.OrdinalIgnoreCase),
            abbreviated);
    }

    private sealed record Lists(HashSet<string> Honorifics, HashSet<string> Titles, Dictionary<string, string> Abbreviated);
}
