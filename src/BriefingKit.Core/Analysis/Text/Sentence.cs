// A sentence of a turn: its text, where it is, and its tokens. Analyzers share one list of
// sentences per transcript (AnalysisDocument.Sentences); term lists are matched against the
// tokens once per sentence and list, however many analyzers ask. A document is analysed on one
// thread, so the per-sentence results are kept without a lock, in a short list searched by
// reference (a sentence meets a dozen matchers at most; a dictionary per sentence cost more).
using System;
using System.Collections.Generic;

namespace BriefingKit.Analysis;

/// <summary>A sentence of a turn, with where it is and its tokens.</summary>
internal sealed class Sentence
{
    private object[] _keys = Array.Empty<object>();
    private object[] _results = Array.Empty<object>();
    private int _count;

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
    internal IReadOnlyList<PhraseMatch<TValue>> Matches<TValue>(PhraseMatcher<TValue> matcher) =>
        Once(matcher, static (m, s) => m.Matches(s.Text, s.Tokens));

    /// <summary>
    /// What <paramref name="find"/> gives for this sentence and <paramref name="key"/>, computed on the first
    /// call and kept with the sentence, so analyzers that ask the same thing share one answer.
    /// </summary>
    internal TResult Once<TKey, TResult>(TKey key, Func<TKey, Sentence, TResult> find)
        where TKey : class
        where TResult : class
    {
        for (var i = 0; i < _count; i++)
            if (ReferenceEquals(_keys[i], key)) return (TResult)_results[i];
        var result = find(key, this);
        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(4, _count * 2));
            Array.Resize(ref _results, _keys.Length);
        }
        _keys[_count] = key;
        _results[_count++] = result;
        return result;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
