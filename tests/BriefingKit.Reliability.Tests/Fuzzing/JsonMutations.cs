// Damage to JSON that keeps it JSON: values of the wrong type, missing or null fields, numbers out
// of range, negative times, deep nesting and long arrays — what gets past a syntax check and has
// to be caught by each reader's own validation.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class JsonMutations
{
    public static string Apply(string json, Random r, StringBuilder recipe)
    {
        var root = JsonNode.Parse(json);
        if (root is null) return json;
        for (var i = r.Next(1, 6); i > 0; i--)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var target = nodes[r.Next(nodes.Count)];
            var replacement = Value(r, recipe);
            switch (target.Parent)
            {
                case JsonObject parent:
                    var name = parent.First(p => ReferenceEquals(p.Value, target)).Key;
                    if (r.Next(4) == 0)
                    {
                        recipe.Append(" -").Append(name);
                        parent.Remove(name);
                    }
                    else
                    {
                        parent[name] = replacement;
                    }
                    break;
                case JsonArray array:
                    array[array.IndexOf(target)] = replacement;
                    break;
                default:
                    root = replacement ?? JsonValue.Create(0);
                    break;
            }
        }
        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<JsonNode> nodes)
    {
        nodes.Add(node);
        if (node is JsonObject o) foreach (var p in o) { if (p.Value is not null) Collect(p.Value, nodes); }
        else if (node is JsonArray a) foreach (var item in a) { if (item is not null) Collect(item, nodes); }
    }

    private static JsonNode? Value(Random r, StringBuilder recipe)
    {
        switch (r.Next(14))
        {
            case 0: recipe.Append(" =null"); return null;
            case 1: recipe.Append(" =-1"); return JsonValue.Create(-1);
            case 2: recipe.Append(" =1e308"); return JsonValue.Create(1e308);
            case 3: recipe.Append(" =\"\""); return JsonValue.Create(string.Empty);
            case 4: recipe.Append(" =text"); return JsonValue.Create("=1+2 \u0001\u0085 text");
            case 5: recipe.Append(" =[]"); return new JsonArray();
            case 6: recipe.Append(" ={}"); return new JsonObject();
            case 7: recipe.Append(" =true"); return JsonValue.Create(true);
            case 8:
                var depth = r.Next(10, 200);
                recipe.Append(" =nested*").Append(depth);
                JsonNode nested = new JsonArray();
                for (var i = 0; i < depth; i++) nested = new JsonArray(nested);
                return nested;
            case 9:
                var count = r.Next(100, 5000);
                recipe.Append(" =array*").Append(count);
                return new JsonArray(Enumerable.Range(0, count).Select(i => (JsonNode?)new JsonObject { ["text"] = "x" + i, ["start"] = i }).ToArray());
            case 10: recipe.Append(" =\"NaN\""); return JsonValue.Create("NaN");
            case 11: recipe.Append(" =\"12.5\""); return JsonValue.Create("12.5");
            case 12: recipe.Append(" =[{}]"); return new JsonArray(new JsonObject(), new JsonObject());
            default: recipe.Append(" =long-string"); return JsonValue.Create(new string('w', r.Next(1000, 100_000)));
        }
    }
}
