// The English words the stance analysis uses to find subjects and topics (templates/subjects.json,
// embedded): subject-phrase words, collectives, group nouns, roles, introductory and topic
// openers, aside openers, indefinite holders and held nouns. Each list is exposed as a set or
// as a regex alternation built once.
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class SubjectLists
{
    private const string Description = "subject word list";
    private const string Shape = "{\"subjectWords\": [...], \"collectives\": [...], \"groupNouns\": [...], \"roles\": [...], \"introWords\": [...], \"topicIntros\": [...], \"asideWords\": [...], \"indefiniteHolders\": [...], \"heldNouns\": [...], \"sharedWords\": [...]}";
    private static readonly Lazy<SubjectLists> BuiltIn = new(() => DataFiles.BuiltIn("subjects.json", Description, Shape, Read));

    private SubjectLists(JsonElement root)
    {
        SubjectWords = new HashSet<string>(JsonLists.Required(root, "subjectWords"), StringComparer.Ordinal);
        Collectives = WordAlternation.Of(JsonLists.Required(root, "collectives"));
        GroupNouns = WordAlternation.Of(JsonLists.Required(root, "groupNouns"));
        Roles = WordAlternation.Of(JsonLists.Required(root, "roles"));
        IntroWords = WordAlternation.Of(JsonLists.Required(root, "introWords"));
        TopicIntros = WordAlternation.Of(JsonLists.Required(root, "topicIntros"));
        AsideWords = WordAlternation.Of(JsonLists.Required(root, "asideWords"));
        IndefiniteHolders = WordAlternation.Of(JsonLists.Required(root, "indefiniteHolders"));
        HeldNouns = WordAlternation.Of(JsonLists.Required(root, "heldNouns"));
        SharedWords = WordAlternation.Of(JsonLists.Required(root, "sharedWords"));
    }

    public static SubjectLists Default => BuiltIn.Value;

    /// <summary>Lower-case words that may stand in a subject noun phrase ("both", "the", "officials").</summary>
    public HashSet<string> SubjectWords { get; }

    /// <summary>Phrases that mean all the main parties ("both sides"), as a regex alternation.</summary>
    public string Collectives { get; }

    /// <summary>Nouns that make an actor adjective a subject ("Russian officials"), as a regex alternation.</summary>
    public string GroupNouns { get; }

    /// <summary>Titles that refer to a speaker as "the &lt;role&gt;", as a regex alternation.</summary>
    public string Roles { get; }

    /// <summary>Openers of an introductory phrase that names no subject ("On …,", "In …,"), as a regex alternation.</summary>
    public string IntroWords { get; }

    /// <summary>Openers of a phrase that sets a paragraph's topic ("On …,", "Regarding …,"), as a regex alternation.</summary>
    public string TopicIntros { get; }

    /// <summary>Openers of an aside that names no subject ("including", "which"), as a regex alternation.</summary>
    public string AsideWords { get; }

    /// <summary>Pronouns for nobody in particular ("anyone", "those"), as a regex alternation.</summary>
    public string IndefiniteHolders { get; }

    /// <summary>Nouns for stances a following relative clause attributes ("proposal"), as a regex alternation.</summary>
    public string HeldNouns { get; }

    /// <summary>Adjectives that make a possessive stance noun all the main parties' ("our shared commitment"), as a regex alternation.</summary>
    public string SharedWords { get; }

    private static SubjectLists Read(JsonElement root) => new(root);
}
