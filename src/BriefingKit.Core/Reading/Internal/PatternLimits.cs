// The match time-out of the source-generated patterns of the readers: an attribute argument must be a
// constant, so RegexLimits.Timeout is repeated here in milliseconds (a test keeps the two equal).
namespace BriefingKit.Reading.Internal;

internal static class PatternLimits
{
    /// <summary><see cref="RegexLimits.Timeout"/> in milliseconds.</summary>
    public const int TimeoutMilliseconds = 10_000;
}
