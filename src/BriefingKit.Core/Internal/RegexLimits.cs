// One match time-out for every pattern BriefingKit runs on input text. It is a guard against
// runaway backtracking on hostile input, not a performance budget: it must be long enough
// never to fire on a busy machine for ordinary text (a 1 s limit did, in CI under load).
using System;

namespace BriefingKit;

internal static class RegexLimits
{
    /// <summary>The time-out in milliseconds, as a constant for <c>[GeneratedRegex]</c> attributes.</summary>
    public const int TimeoutMilliseconds = 10_000;

    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(TimeoutMilliseconds);
}
