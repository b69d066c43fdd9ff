// The match time-out of the source-generated patterns of the readers, in milliseconds: an attribute
// argument must be a constant (RegexLimits.TimeoutMilliseconds, which RegexLimits.Timeout is made from).
namespace BriefingKit.Reading.Internal;

internal static class PatternLimits
{
    /// <summary><see cref="RegexLimits.Timeout"/> in milliseconds.</summary>
    public const int TimeoutMilliseconds = RegexLimits.TimeoutMilliseconds;
}
