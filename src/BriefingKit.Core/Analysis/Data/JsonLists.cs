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
}
