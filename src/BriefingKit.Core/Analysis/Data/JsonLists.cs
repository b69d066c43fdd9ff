using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal static class JsonLists
{
    /// <summary>The non-empty strings of an optional array property.</summary>
    public static ValueList<string> Strings(JsonElement item, string name) =>
        item.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(x => x.GetString() ?? string.Empty).Where(x => x.Length > 0).ToValueList()
            : ValueList<string>.Empty;

    /// <summary>The strings of a required array property (a data file's word list).</summary>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">The property is missing.</exception>
    /// <exception cref="JsonException">An item is not a string.</exception>
    public static System.Collections.Generic.List<string> Required(JsonElement item, string name) =>
        item.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? throw new JsonException($"\"{name}\" holds a non-string")).ToList();
}
