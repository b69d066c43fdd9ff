// One match time-out for every pattern BriefingKit runs on input text. It is a guard against
// runaway backtracking on hostile input, not a performance budget: it must be long enough
// never to fire on a busy machine for ordinary text (a 1 s limit did, in CI under load).
using System;

namespace BriefingKit;

internal static class RegexLimits
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
