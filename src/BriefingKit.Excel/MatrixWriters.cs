// The way to the matrix writer without dependency injection, as BriefingPipeline.Default is for reading;
// the writer class itself stays internal so that it can change behind IMatrixWriter.
namespace BriefingKit.Excel;

/// <summary>The built-in <see cref="IMatrixWriter"/>, for code that does not use <c>AddBriefingKitExcel()</c>.</summary>
public static class MatrixWriters
{
    /// <summary>The weekly issue-matrix writer (Open XML SDK). Stateless and thread-safe; one instance is shared.</summary>
    public static IMatrixWriter Default { get; } = new IssueMatrixWriter();
}
