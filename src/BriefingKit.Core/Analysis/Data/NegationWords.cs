// The English negators (templates/negation.json, embedded): one list for the stance and the
// commitment analyses, which each ask whether a cue is negated, within their own reach; and the
// negative determiners ("no intention"), which only a reading of the whole clause counts.
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class NegationWords
{
    private static readonly Lazy<NegationWords> BuiltIn = new(() => DataFiles.BuiltIn("negation.json", "negator list", "{\"negators\": [...], \"negativeDeterminers\": [...]}", Read));

    private NegationWords(IReadOnlyList<string> negators, IReadOnlyList<string> negativeDeterminers)
    {
        Negators = negators;
        NegativeDeterminers = negativeDeterminers;
    }

    public static NegationWords Default => BuiltIn.Value;

    /// <summary>Words that negate what follows ("not", "never", "refused to", "n't").</summary>
    public IReadOnlyList<string> Negators { get; }

    /// <summary>Words that negate only the noun right after them ("no intention to").</summary>
    public IReadOnlyList<string> NegativeDeterminers { get; }

    private static NegationWords Read(JsonElement root) => new(JsonLists.Required(root, "negators"), JsonLists.Required(root, "negativeDeterminers"));
}
