// The verbs that report speech and acts (templates/reporting-verbs.json, embedded), in one
// place for the analyzers that need them: quotation attribution, reported people and the
// subject finder. Each use takes the groups it needs as a regex alternation built once.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal sealed class ReportingVerbs
{
    private const string Description = "reporting verb list";
    private const string Shape = "{\"saying\": [...], \"sayingWithStance\": [...], \"quotationOnly\": [...], \"acts\": [...], \"attitudes\": [...]}";
    private static readonly Lazy<ReportingVerbs> BuiltIn = new(() => DataFiles.BuiltIn("reporting-verbs.json", Description, Shape, Read));

    private ReportingVerbs(IReadOnlyList<string> saying, IReadOnlyList<string> sayingWithStance, IReadOnlyList<string> quotationOnly, IReadOnlyList<string> acts, IReadOnlyList<string> attitudes)
    {
        Attitude = WordAlternation.Of(attitudes);
        Saying = WordAlternation.Of(saying);
        Speech = WordAlternation.Of(saying.Concat(sayingWithStance).Concat(quotationOnly));
        Any = WordAlternation.Of(saying.Concat(sayingWithStance).Concat(acts));
    }

    public static ReportingVerbs Default => BuiltIn.Value;

    /// <summary>Verbs of saying that take no side ("said", "noted"), as a regex alternation without a group.</summary>
    public string Saying { get; }

    /// <summary>Every verb of saying, with or without a stance ("said", "urged", "continued"): what attributes a quotation.</summary>
    public string Speech { get; }

    /// <summary>Every reporting verb, of saying or of acts ("said", "raised", "welcomed").</summary>
    public string Any { get; }

    /// <summary>Adjectives that report a stated position after "is" or "was" ("thankful", "clear"), as a regex alternation without a group.</summary>
    public string Attitude { get; }

    private static ReportingVerbs Read(JsonElement root) => new(JsonLists.Required(root, "saying"), JsonLists.Required(root, "sayingWithStance"), JsonLists.Required(root, "quotationOnly"), JsonLists.Required(root, "acts"), JsonLists.Required(root, "attitudes"));
}
