// Finds many phrases in text at once, longest first, on word boundaries, by walking a trie of
// token keys (linear in the text; a regex alternation of hundreds of phrases was 50× slower).
// Sentences bring their tokens already lower-cased (Sentence.Matches caches the result per
// matcher); other text is tokenised here. Phrases written with capitals and no lower-case
// letters ("DPRK", "ISIS") match case-sensitively; all others ignore case, unless the matcher
// is made case-sensitive.
// A phrase listed with several values yields the first only, unless the matcher is made to
// keep every value (an issue term such as "AUKUS" that signals two issues).
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Analysis;

internal sealed class PhraseMatcher<TValue>
{
    private readonly Node _root = new();
    private readonly bool _allValues;

    public PhraseMatcher(IEnumerable<(string Phrase, TValue Value)> phrases, bool caseSensitive = false, bool allValues = false)
    {
        _allValues = allValues;
        foreach (var (phrase, value) in phrases)
        {
            var p = phrase.Trim();
            if (p.Length == 0) continue;
            var exact = caseSensitive || (HasLetter(p) && !HasLower(p));
            var tokens = WordTokens.Tokenize(p);
            var node = _root;
            foreach (var token in tokens) node = node.Child(token.Lower);
            if (node.Terminal is not null && node.Terminal.Any(t => t.Exact == exact && string.Equals(t.Phrase, p, exact ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)
                && (!allValues || EqualityComparer<TValue>.Default.Equals(t.Value, value)))) continue;
            // Only an exact phrase is compared word by word as written; the others need no copy of their words.
            var written = exact ? tokens.Select(t => WordTokens.Normalize(p.Substring(t.Index, t.Length))).ToArray() : NoWords;
            (node.Terminal ??= new List<Terminal>()).Add(new Terminal(p, value, exact, written));
        }
    }

    /// <summary>The phrases in a sentence (cached on the sentence, so each list is matched once).</summary>
    public IReadOnlyList<PhraseMatch<TValue>> Matches(Sentence sentence) => sentence.Matches(this);

    /// <summary>The phrases in a piece of text.</summary>
    public IReadOnlyList<PhraseMatch<TValue>> Matches(string text) =>
        string.IsNullOrEmpty(text) ? Array.Empty<PhraseMatch<TValue>>() : Matches(text, WordTokens.Tokenize(text));

    /// <summary>The phrases in text already tokenised.</summary>
    public IReadOnlyList<PhraseMatch<TValue>> Matches(string text, IReadOnlyList<Token> tokens)
    {
        List<PhraseMatch<TValue>>? found = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var best = Longest(text, tokens, i, out var bestEnd, out var bestNode);
            if (best is null)
            {
                i++;
                continue;
            }
            var start = tokens[i].Index;
            var end = tokens[bestEnd].End;
            found ??= new List<PhraseMatch<TValue>>();
            found.Add(new PhraseMatch<TValue>(start, end - start, text.Substring(start, end - start), best.Value));
            if (_allValues)
            {
                // The same words listed with other values (another issue's term).
                foreach (var other in bestNode!.Terminal!)
                    if (!ReferenceEquals(other, best) && string.Equals(other.Phrase, best.Phrase, StringComparison.OrdinalIgnoreCase) && (!other.Exact || ExactMatch(text, tokens, i, other)))
                        found.Add(new PhraseMatch<TValue>(start, end - start, text.Substring(start, end - start), other.Value));
            }
            i = bestEnd + 1;
        }
        return found is null ? Array.Empty<PhraseMatch<TValue>>() : found;
    }

    /// <summary>
    /// How many characters the longest phrase at the very start of <paramref name="text"/> (after leading
    /// spaces, which it counts) takes; 0 when no phrase starts there ("will meet with …" starts with "meet with").
    /// </summary>
    public int LengthAtStart(string text)
    {
        // Tokens are read only as far as the trie goes: callers ask this of long texts ("the rest of the sentence").
        var node = _root;
        var tokens = new List<Token>(4);
        var end = 0;
        var i = 0;
        while (WordTokens.Next(text, ref i, out var token))
        {
            if (tokens.Count > 0 && !OnlySpaces(text, tokens[tokens.Count - 1].End, token.Index)) break;
            if (!node.TryGetChild(token.Lower, out var next)) break;
            tokens.Add(token);
            node = next;
            if (Accepted(node, text, tokens, 0) is not null) end = token.End;
        }
        return end;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/>, the token it ends at, and its trie node.</summary>
    private Terminal? Longest(string text, IReadOnlyList<Token> tokens, int i, out int bestEnd, out Node? bestNode)
    {
        var node = _root;
        Terminal? best = null;
        bestEnd = -1;
        bestNode = null;
        for (var j = i; j < tokens.Count; j++)
        {
            // Tokens of one phrase must be adjacent or separated by spaces only.
            if (j > i && !OnlySpaces(text, tokens[j - 1].End, tokens[j].Index)) break;
            if (!node.TryGetChild(tokens[j].Lower, out var next)) break;
            node = next;
            if (Accepted(node, text, tokens, i) is not { } terminal) continue;
            best = terminal;
            bestEnd = j;
            bestNode = node;
        }
        return best;
    }

    /// <summary>The first phrase ending at <paramref name="node"/> that the tokens from <paramref name="first"/> on spell (as written, for an exact one), or null.</summary>
    private static Terminal? Accepted(Node node, string text, IReadOnlyList<Token> tokens, int first)
    {
        if (node.Terminal is null) return null;
        foreach (var terminal in node.Terminal)
            if (!terminal.Exact || ExactMatch(text, tokens, first, terminal)) return terminal;
        return null;
    }

    private static bool ExactMatch(string text, IReadOnlyList<Token> tokens, int first, Terminal terminal)
    {
        for (var k = 0; k < terminal.Tokens.Length; k++)
        {
            var token = tokens[first + k];
            if (!string.Equals(WordTokens.Normalize(text.Substring(token.Index, token.Length)), terminal.Tokens[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool OnlySpaces(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (!char.IsWhiteSpace(text[k])) return false;
        return true;
    }

    private static readonly string[] NoWords = Array.Empty<string>();

    private static bool HasLetter(string text)
    {
        foreach (var c in text) if (char.IsLetter(c)) return true;
        return false;
    }

    private static bool HasLower(string text)
    {
        foreach (var c in text) if (char.IsLower(c)) return true;
        return false;
    }

    private sealed class Node
    {
        // Most nodes end a phrase and lead nowhere: their table is made only when a child is added.
        private Dictionary<string, Node>? _children;

        public List<Terminal>? Terminal { get; set; }

        public bool TryGetChild(string key, out Node next)
        {
            if (_children is not null && _children.TryGetValue(key, out next!)) return true;
            next = null!;
            return false;
        }

        public Node Child(string key)
        {
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!_children.TryGetValue(key, out var child)) _children[key] = child = new Node();
            return child;
        }
    }

    /// <summary>A phrase ending at a node; <c>Tokens</c> are its words as written, for an exact phrase only.</summary>
    private sealed record Terminal(string Phrase, TValue Value, bool Exact, string[] Tokens);
}
