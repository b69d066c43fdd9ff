// What a caller can change about the issue matrix. Defaults are documented on each property.
namespace BriefingKit.Excel;

/// <summary>Options for <see cref="IMatrixWriter"/>.</summary>
public sealed class MatrixOptions
{
    private string _title = "Issue matrix";

    /// <summary>
    /// The week shown on the Matrix sheet and the only week taken from the inputs. Default null:
    /// every dated input goes to Positions and History, and the latest week is the Matrix.
    /// </summary>
    public IsoWeek? Week { get; set; }

    /// <summary>The heading above the matrix, followed by the week. Default "Issue matrix".</summary>
    public string Title
    {
        get => _title;
        set => _title = string.IsNullOrWhiteSpace(value) ? throw new System.ArgumentException("The title must not be empty.", nameof(value)) : value;
    }

    /// <summary>The author shown on cell notes. Default "BriefingKit".</summary>
    public string NoteAuthor { get; set; } = "BriefingKit";
}
