// One match time-out for every pattern BriefingKit runs on input text. It is a guard against
// runaway backtracking on hostile input, not a performance budget: it must be long enough
// never to fire on a busy machine for ordinary text (a 1 s limit did, in CI under load).
// And how the patterns built at run time from word lists (templates/*.json) are compiled.
using System;
using System.Text.RegularExpressions;

namespace BriefingKit;

internal static class RegexLimits
{
    /// <summary>The time-out in milliseconds, as a constant for <c>[GeneratedRegex]</c> attributes.</summary>
    public const int TimeoutMilliseconds = 10_000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);

    /// <summary>
    /// The compilation option of a pattern built at run time from a word list. On net8.0 none: the fixed,
    /// frequent patterns are source-generated, and compiling the rest with <see cref="RegexOptions.Compiled"/>
    /// cost about half a second of CPU at every start (a 22 KB transcript: 1.3 s of CPU against 0.8 s) for no
    /// measurable gain on a year of transcripts (docs/performance.md). Native AOT interprets them either way.
    /// </summary>
#if NET7_0_OR_GREATER
    public const RegexOptions WordListCompilation = RegexOptions.None;
#else
    public const RegexOptions WordListCompilation = RegexOptions.Compiled;
#endif
}
