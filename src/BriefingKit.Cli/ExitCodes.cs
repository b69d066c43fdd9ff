namespace BriefingKit.Cli;

/// <summary>
/// The process exit codes of <c>briefingkit</c>, the same for every command and fault
/// (documented in the tool's README).
/// </summary>
internal static class ExitCodes
{
    /// <summary>Every input was processed and the output written.</summary>
    public const int Success = 0;

    /// <summary>At least one input was rejected; the others were still processed (and the output written from them, if any).</summary>
    public const int InputRejected = 1;

    /// <summary>
    /// The command cannot be carried out as given: an unknown option or bad value, or a file an option names
    /// that cannot be used (an output that is a folder, unwritable, or one of the inputs; a template or workbook
    /// that is missing, a folder or not a valid document). Nothing was written.
    /// </summary>
    public const int UsageError = 2;

    /// <summary>A bug in briefingkit: reported in one line, nothing written.</summary>
    public const int InternalError = 3;

    /// <summary>Interrupted (Ctrl+C): nothing written (the conventional 128 + SIGINT).</summary>
    public const int Cancelled = 130;
}
