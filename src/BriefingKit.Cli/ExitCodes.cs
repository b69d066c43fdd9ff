namespace BriefingKit.Cli;

/// <summary>The process exit codes of <c>briefingkit</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed.</summary>
    public const int Success = 0;

    /// <summary>At least one input was rejected (the others were still processed).</summary>
    public const int InputRejected = 1;

    /// <summary>The command line itself is wrong: nothing was done.</summary>
    public const int UsageError = 2;
}
