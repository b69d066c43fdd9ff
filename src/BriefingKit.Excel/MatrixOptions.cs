// What a caller can change about the issue matrix. Defaults are documented on each property.
namespace BriefingKit.Excel;

/// <summary>Options for <see cref="IMatrixWriter"/>.</summary>
public sealed class MatrixOptions
{
    private string _title = "Issue matrix";
    private IsoWeek? _week;

    /// <summary>
    /// The week shown on the Matrix sheet and the only week taken from the inputs. Default null:
    /// every dated input goes to Positions and History, and the latest week is the Matrix.
    /// </summary>
    /// <exception cref="System.ArgumentException">The value is <c>default(IsoWeek)</c>, which is no week.</exception>
    public IsoWeek? Week
    {
        get => _week;
        set => _week = value is { Year: 0 } ? throw new System.ArgumentException("default(IsoWeek) is not a week; use new IsoWeek(year, week) or IsoWeek.Parse(\"2021-W15\").", nameof(value)) : value;
    }

    /// <summary>The heading above the matrix, followed by the week. Default "Issue matrix".</summary>
    public string Title
    {
        get => _title;
        set => _title = string.IsNullOrWhiteSpace(value) ? throw new System.ArgumentException("The title must not be empty.", nameof(value)) : value;
    }

    /// <summary>The author shown on cell notes. Default "BriefingKit".</summary>
    public string NoteAuthor { get; set; } = "BriefingKit";
}
