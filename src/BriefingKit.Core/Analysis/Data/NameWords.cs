// English words that are not people's names (templates/names.json, embedded): the words a
// headline capitalises, the words capitalised only because they open a sentence, the nouns that end names of bodies, documents and places, and adverbs.
// They keep "The Federal Reserve", "the First Amendment" and "Dr. Slowly" from becoming people.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class NameWords
{
    private const string Description = "name word list";
    private const string Shape = "{\"headlineWords\": [...], \"sentenceOpeners\": [...], \"notNameWords\": [...], \"adverbs\": [...], \"generationalSuffixes\": [...], \"joinedParticles\": [...], \"spacedParticles\": [...]}";
    private static readonly Lazy<NameWords> BuiltIn = new(() => DataFiles.BuiltIn("names.json", Description, Shape, Read));

    private NameWords(HashSet<string> headlineWords, HashSet<string> sentenceOpeners, HashSet<string> notNameWords, HashSet<string> adverbs,
        HashSet<string> suffixes, IReadOnlyList<string> joinedParticles, IReadOnlyList<string> spacedParticles)
    {
        Suffixes = suffixes;
        // "al-Assad", "bin Salman": a particle joined by its hyphen, or by a space, before the capitalised name.
        JoinedParticles = joinedParticles.ToArray();
        SpacedParticles = spacedParticles.ToArray();
        MatchStarts = "ot" + string.Concat(JoinedParticles.Concat(SpacedParticles).Where(p => p.Length > 0).Select(p => p[0]));
        SuffixesInTurn = suffixes.Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length).ToArray();
        HeadlineWords = headlineWords;
        SentenceOpeners = sentenceOpeners;
        NotNameWords = notNameWords;
        Adverbs = adverbs;
    }

    public static NameWords Default => BuiltIn.Value;

    /// <summary>Words a headline capitalises that are no part of a name ("Leading", "Meets"); case-sensitive, as headlines write them.</summary>
    public HashSet<string> HeadlineWords { get; }

    /// <summary>Words capitalised only because they open a sentence or clause ("When", "And"); case-sensitive.</summary>
    public HashSet<string> SentenceOpeners { get; }

    /// <summary>Nouns that end the names of bodies, documents, places and events ("Committee", "Amendment").</summary>
    public HashSet<string> NotNameWords { get; }

    /// <summary>Adverbs ("slowly", "frankly"): never a name, wherever they stand.</summary>
    public HashSet<string> Adverbs { get; }

    /// <summary>Generational suffixes ("Jr", "III"): not a name word; compared ignoring case and a full stop.</summary>
    public HashSet<string> Suffixes { get; }

    /// <summary>The particles joined to a surname by their own hyphen ("al-"), in the list's order.</summary>
    public string[] JoinedParticles { get; }

    /// <summary>The particles written before a surname with a space ("bin"), in the list's order.</summary>
    public string[] SpacedParticles { get; }

    /// <summary>The lower-case letters a name word can start with: those of "of", "the" and the particles.</summary>
    public string MatchStarts { get; }

    /// <summary>The generational suffixes in the order a name word's suffix is tried: longest first (as a word-list alternation tries them).</summary>
    public string[] SuffixesInTurn { get; }

    /// <summary>Whether <paramref name="word"/> is a generational suffix ("Jr.", "III").</summary>
    public bool IsSuffix(string word) => Suffixes.Contains(word.TrimEnd('.'));

    /// <summary>Whether <paramref name="word"/> cannot be part of a person's name.</summary>
    public bool IsNotName(string word)
    {
        var bare = word.TrimEnd('.', ',');
        return NotNameWords.Contains(bare) || Adverbs.Contains(bare);
    }

    private static NameWords Read(JsonElement root) => new(
        new HashSet<string>(JsonLists.Required(root, "headlineWords"), StringComparer.Ordinal),
        new HashSet<string>(JsonLists.Required(root, "sentenceOpeners"), StringComparer.Ordinal),
        new HashSet<string>(JsonLists.Required(root, "notNameWords"), StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(JsonLists.Required(root, "adverbs"), StringComparer.OrdinalIgnoreCase),
        new HashSet<string>(JsonLists.Required(root, "generationalSuffixes"), StringComparer.OrdinalIgnoreCase),
        JsonLists.Required(root, "joinedParticles").ToList(),
        JsonLists.Required(root, "spacedParticles").ToList());
}
