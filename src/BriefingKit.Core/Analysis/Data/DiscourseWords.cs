// Words by which a sentence leans on its context (templates/discourse.json, embedded):
// openers that point back ("But this …") and hedges of speech ("you know"). Matched over the
// sentence's tokens.
using System;
using System.Linq;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal sealed class DiscourseWords
{
    private static readonly Lazy<DiscourseWords> BuiltIn = new(() =>
        DataFiles.BuiltIn("discourse.json", "discourse word list", "{\"contextOpeners\": [...], \"spokenFillers\": [...]}", Read));

    private readonly PhraseMatcher<bool> _openers;
    private readonly PhraseMatcher<bool> _fillers;

    private DiscourseWords(PhraseMatcher<bool> openers, PhraseMatcher<bool> fillers)
    {
        _openers = openers;
        _fillers = fillers;
    }

    public static DiscourseWords Default => BuiltIn.Value;

    /// <summary>
    /// Whether the sentence opens by pointing back ("But this visit …", "So on the first aspect …")
    /// or hedges as speech does ("you know"): it reads badly on its own.
    /// </summary>
    public bool LeansOnContext(Sentence sentence) =>
        (sentence.Text.Length > 0 && !char.IsWhiteSpace(sentence.Text[0]) && _openers.LengthAtStart(sentence.Text) > 0) // an opener at its very start
        || _fillers.Matches(sentence).Count > 0;

    private static DiscourseWords Read(JsonElement root) => new(
        new PhraseMatcher<bool>(JsonLists.Required(root, "contextOpeners").Select(p => (p, true))),
        new PhraseMatcher<bool>(JsonLists.Required(root, "spokenFillers").Select(p => (p, true))));
}
