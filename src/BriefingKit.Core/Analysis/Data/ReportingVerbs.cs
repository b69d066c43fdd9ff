// The verbs that report speech and acts (templates/reporting-verbs.json, embedded), in one
// place for the analyzers that need them: quotation attribution, reported people and the
// subject finder. Each use takes the groups it needs as a regex alternation built once, for a
// pattern around them (a name, then the verb), or as a list, for a phrase matcher of the verbs alone.
// The Word and Excel libraries compile this file in as linked source (with DataFiles, JsonLists and
// WordAlternation, and their own embedded copy of the list), so it must not use Core's other internals.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class ReportingVerbs
{
    private const string Description = "reporting verb list";
    private const string Shape = "{\"saying\": [...], \"sayingWithStance\": [...], \"quotationOnly\": [...], \"acts\": [...], \"attitudes\": [...], \"intensifiers\": [...], \"attitudeLinks\": [...], \"reportLeads\": [...], \"quoteLeads\": [...], \"pronouns\": [...]}";
    private static readonly Lazy<ReportingVerbs> BuiltIn = new(() => DataFiles.BuiltIn("reporting-verbs.json", Description, Shape, Read));

    private ReportingVerbs(JsonElement root)
    {
        List<string> List(string name) => JsonLists.Required(root, name);
        var saying = List("saying");
        var sayingWithStance = List("sayingWithStance");
        Attitude = WordAlternation.Of(List("attitudes"));
        Saying = WordAlternation.Of(saying);
        Speech = WordAlternation.Of(saying.Concat(sayingWithStance).Concat(List("quotationOnly")));
        Any = WordAlternation.Of(saying.Concat(sayingWithStance).Concat(List("acts")));
        AnyVerbs = saying.Concat(sayingWithStance).Concat(List("acts")).Distinct(StringComparer.Ordinal).ToList();
        Intensifier = WordAlternation.Of(List("intensifiers"));
        AttitudeLink = WordAlternation.Of(List("attitudeLinks"));
        ReportLead = WordAlternation.Of(List("reportLeads"));
        QuoteLead = WordAlternation.Of(List("quoteLeads"));
        // A pronoun opens a sentence as often as it follows a quotation: "He said", "“…,” he said".
        Pronouns = new HashSet<string>(List("pronouns").SelectMany(p => new[] { p, char.ToUpperInvariant(p[0]) + p.Substring(1) }), StringComparer.Ordinal);
        Pronoun = WordAlternation.Of(Pronouns);
    }

    public static ReportingVerbs Default => BuiltIn.Value;

    /// <summary>Verbs of saying that take no side ("said", "noted"), as a regex alternation without a group.</summary>
    public string Saying { get; }

    /// <summary>Every verb of saying, with or without a stance ("said", "urged", "continued"): what attributes a quotation.</summary>
    public string Speech { get; }

    /// <summary>Every reporting verb, of saying or of acts ("said", "raised", "welcomed").</summary>
    public string Any { get; }

    /// <summary>Every reporting verb, of saying or of acts, as a list (for a phrase matcher: <see cref="Any"/> is the same verbs as a regex alternation).</summary>
    public IReadOnlyList<string> AnyVerbs { get; }

    /// <summary>Adjectives that report a stated position after "is" or "was" ("thankful", "clear"), as a regex alternation without a group.</summary>
    public string Attitude { get; }

    /// <summary>Adverbs that may stand between a link and an attitude ("very", "deeply"), as a regex alternation without a group.</summary>
    public string Intensifier { get; }

    /// <summary>The verbs an attitude follows ("is", "has been"), as a regex alternation without a group.</summary>
    public string AttitudeLink { get; }

    /// <summary>Words between a reported person and the reporting verb ("also", "has"), as a regex alternation without a group.</summary>
    public string ReportLead { get; }

    /// <summary>Words between the person and the verb of a quotation's attribution ("later"), as a regex alternation without a group.</summary>
    public string QuoteLead { get; }

    /// <summary>The pronouns of an attribution for the person last named, lower case and capitalised ("he", "He").</summary>
    public HashSet<string> Pronouns { get; }

    /// <summary><see cref="Pronouns"/> as a regex alternation without a group.</summary>
    public string Pronoun { get; }

    private static ReportingVerbs Read(JsonElement root) => new(root);
}
