// The fixed regular expressions of the speaker analysis. On net8.0 they are source-generated: compiled when
// BriefingKit is built, so a run neither pays RegexOptions.Compiled's code generation at start-up nor runs
// them interpreted under Native AOT. netstandard2.0 builds the same patterns at run time.
using System.Text.RegularExpressions;

namespace BriefingKit.Analysis;

internal static partial class SpeakerPatterns
{
    // A machine voice label with a number (an AWS-style "spk_0").
    private const string NumberedVoicePattern = @"^[A-Za-z]{1,8}_\d+$";

    public static readonly Regex NumberedVoice = NumberedVoiceRegex();

#if NET7_0_OR_GREATER
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(NumberedVoicePattern, Options, RegexLimits.TimeoutMilliseconds)] private static partial Regex NumberedVoiceRegex();
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex NumberedVoiceRegex() => new(NumberedVoicePattern, Options, RegexLimits.Timeout);
#endif
}
