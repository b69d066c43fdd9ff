namespace BriefingKit;

/// <summary>A note about the input: a recoverable oddity, or the reason it could not be read.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Line">The 1-based line it concerns, or 0 for the whole input.</param>
/// <param name="Message">What happened, in words a user can act on.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, int Line, string Message);
