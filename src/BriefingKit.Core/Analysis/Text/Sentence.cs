// A sentence of a turn: its text, where it is, and its tokens. Analyzers share one list of
// sentences per transcript (AnalysisDocument.Sentences); term lists are matched against the
// tokens once per sentence and list, however many analyzers ask.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace BriefingKit.Analysis;

/// <summary>A sentence of a turn, with where it is and its tokens.</summary>
internal sealed class Sentence
{
    private readonly object _gate = new();
    private Dictionary<object, object>? _matches;

    internal Sentence(string text, int turnIndex, int offset, int line, int paragraph)
    {
        Text = text;
        TurnIndex = turnIndex;
        Offset = offset;
        Line = line;
        Paragraph = paragraph;
        Tokens = WordTokens.Tokenize(text);
    }

    /// <summary>The sentence.</summary>
    public string Text { get; }

    /// <summary>The index of its turn in <see cref="Transcript.Turns"/>.</summary>
    public int TurnIndex { get; }

    /// <summary>Where it starts in the turn's text.</summary>
    public int Offset { get; }

    /// <summary>The 1-based input line of its paragraph.</summary>
    public int Line { get; }

    /// <summary>The index of its paragraph within the turn.</summary>
    public int Paragraph { get; }

    /// <summary>Its words and punctuation marks, in order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The phrases of <paramref name="matcher"/> in this sentence, found once per matcher.</summary>
    internal IReadOnlyList<PhraseMatch<TValue>> Matches<TValue>(PhraseMatcher<TValue> matcher)
    {
        lock (_gate)
        {
            _matches ??= new Dictionary<object, object>(ReferenceEqualityComparer.Instance);
            if (_matches.TryGetValue(matcher, out var found)) return (IReadOnlyList<PhraseMatch<TValue>>)found;
            var matches = matcher.Matches(Text, Tokens);
            _matches[matcher] = matches;
            return matches;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private sealed class ReferenceEqualityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceEqualityComparer Instance = new();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
