// Compares JSON by inclusion: every property in the expected document must be in the
// actual one with an equal value; arrays must have the same length and match item by item.
// Example files so state what a reader must produce without pinning later analysis.
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace BriefingKit.Tests.Support;

public static class JsonSubset
{
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case null:
                if (actual is not null) differences.Add($"{path}: expected null, got {actual.ToJsonString()}");
                break;
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add($"{path}: expected an object, got {actual?.ToJsonString() ?? "nothing"}");
                    break;
                }
                foreach (var (name, value) in expectedObject)
                {
                    // The model's JSON omits nulls, so an expected null means "absent".
                    if (!actualObject.TryGetPropertyValue(name, out var actualValue))
                    {
                        if (value is not null) differences.Add($"{path}.{name}: missing (expected {value.ToJsonString()})");
                    }
                    else
                        Compare(value, actualValue, $"{path}.{name}", differences);
                }
                break;
            case JsonArray expectedArray:
                if (actual is not JsonArray actualArray)
                {
                    differences.Add($"{path}: expected an array, got {actual?.ToJsonString() ?? "nothing"}");
                    break;
                }
                if (expectedArray.Count != actualArray.Count)
                    differences.Add($"{path}: expected {expectedArray.Count} items, got {actualArray.Count}: {string.Join(" | ", actualArray.Select(a => Shorten(a)))}");
                for (var i = 0; i < System.Math.Min(expectedArray.Count, actualArray.Count); i++)
                    Compare(expectedArray[i], actualArray[i], $"{path}[{i}]", differences);
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                    differences.Add($"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "nothing"}");
                break;
        }
    }

    private static string Shorten(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length > 120 ? text.Substring(0, 120) + "…" : text;
    }
}
