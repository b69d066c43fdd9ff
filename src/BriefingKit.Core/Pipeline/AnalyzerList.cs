// The builder's ordered list of analyzers (after Markdig's OrderedList): an analyzer of your
// own goes before or after a built-in one, or replaces it, by type; CheckOrder says, before
// anything runs, when a step needs something no earlier step adds.
using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit;

/// <summary>The analyzers of a <see cref="BriefingPipelineBuilder"/>, in the order they run.</summary>
internal sealed class AnalyzerList : List<ITranscriptAnalyzer>
{
    /// <summary>The first analyzer of type <typeparamref name="T"/>, if any.</summary>
    /// <typeparam name="T">The analyzer type.</typeparam>
    /// <returns>The analyzer, or <see langword="null"/>.</returns>
    public T? Find<T>() where T : class, ITranscriptAnalyzer => this.OfType<T>().FirstOrDefault();

    /// <summary>Whether an analyzer of type <typeparamref name="T"/> is in the list.</summary>
    /// <typeparam name="T">The analyzer type.</typeparam>
    /// <returns><see langword="true"/> when there is one.</returns>
    public bool Contains<T>() where T : class, ITranscriptAnalyzer => Find<T>() is not null;

    /// <summary>Inserts <paramref name="analyzer"/> just before the first analyzer of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The analyzer to insert before.</typeparam>
    /// <param name="analyzer">The analyzer to insert; nothing happens when one of its type is already in the list.</param>
    /// <returns><see langword="true"/> when inserted; <see langword="false"/> when there is no <typeparamref name="T"/> or the analyzer's type is already listed.</returns>
    public bool InsertBefore<T>(ITranscriptAnalyzer analyzer) where T : class, ITranscriptAnalyzer => InsertAt<T>(analyzer, 0);

    /// <summary>Inserts <paramref name="analyzer"/> just after the first analyzer of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The analyzer to insert after.</typeparam>
    /// <param name="analyzer">The analyzer to insert; nothing happens when one of its type is already in the list.</param>
    /// <returns><see langword="true"/> when inserted; <see langword="false"/> when there is no <typeparamref name="T"/> or the analyzer's type is already listed.</returns>
    public bool InsertAfter<T>(ITranscriptAnalyzer analyzer) where T : class, ITranscriptAnalyzer => InsertAt<T>(analyzer, 1);

    /// <summary>Replaces the first analyzer of type <typeparamref name="T"/> with <paramref name="replacement"/>.</summary>
    /// <typeparam name="T">The analyzer to replace.</typeparam>
    /// <param name="replacement">The analyzer that takes its place.</param>
    /// <returns><see langword="true"/> when replaced; <see langword="false"/> when there is no <typeparamref name="T"/>.</returns>
    public bool Replace<T>(ITranscriptAnalyzer replacement) where T : class, ITranscriptAnalyzer
    {
        if (replacement is null) throw new ArgumentNullException(nameof(replacement));
        var index = FindIndex(a => a is T);
        if (index < 0) return false;
        this[index] = replacement;
        return true;
    }

    /// <summary>Removes the first analyzer of type <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The analyzer type.</typeparam>
    /// <returns><see langword="true"/> when one was removed.</returns>
    public bool TryRemove<T>() where T : class, ITranscriptAnalyzer
    {
        var index = FindIndex(a => a is T);
        if (index < 0) return false;
        RemoveAt(index);
        return true;
    }

    /// <summary>
    /// The problems with this order: each analyzer whose need no earlier analyzer provides, naming
    /// the one that provides it when it runs later. Empty when the order is good.
    /// </summary>
    /// <returns>One message per unmet need.</returns>
    public IReadOnlyList<string> OrderProblems()
    {
        var problems = new List<string>();
        var provided = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++)
        {
            var analyzer = this[i];
            foreach (var need in analyzer.Requires.Where(n => !provided.Contains(n)))
            {
                var later = this.Skip(i + 1).FirstOrDefault(a => a.Provides.Contains(need));
                problems.Add(later is null
                    ? $"{analyzer.GetType().Name} needs '{need}', which no analyzer provides"
                    : $"{analyzer.GetType().Name} needs '{need}', which {later.GetType().Name} provides only after it (move {analyzer.GetType().Name} after {later.GetType().Name})");
            }
            provided.UnionWith(analyzer.Provides);
        }
        return problems;
    }

    private bool InsertAt<T>(ITranscriptAnalyzer analyzer, int offset) where T : class, ITranscriptAnalyzer
    {
        if (analyzer is null) throw new ArgumentNullException(nameof(analyzer));
        if (this.Any(a => a.GetType() == analyzer.GetType())) return false;
        var index = FindIndex(a => a is T);
        if (index < 0) return false;
        Insert(index + offset, analyzer);
        return true;
    }
}
