// A1-style cell references.
using System.Globalization;
using System.Text;

namespace BriefingKit.Excel.Internal;

internal static class CellRefs
{
    // The letters of the first columns, made once: every cell of a sheet names its column.
    private static readonly string[] Letters = MakeLetters(64);

    /// <summary>1 → A, 27 → AA.</summary>
    public static string Column(int column) => column > 0 && column <= Letters.Length ? Letters[column - 1] : Letter(column);

    private static string[] MakeLetters(int count)
    {
        var letters = new string[count];
        for (var i = 0; i < count; i++) letters[i] = Letter(i + 1);
        return letters;
    }

    private static string Letter(int column)
    {
        var builder = new StringBuilder();
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            builder.Insert(0, (char)('A' + rem));
            column = (column - 1) / 26;
        }
        return builder.ToString();
    }

    public static string Of(int column, int row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The 1-based column and row of "AB12"; (0, 0) when it is not a reference.</summary>
    public static (int Column, int Row) Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return (0, 0);
        var column = 0;
        var i = 0;
        for (; i < reference!.Length && char.IsLetter(reference[i]); i++) column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        for (; i < reference.Length && reference[i] == '$'; i++) { }
        return int.TryParse(reference.Substring(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? (column, row) : (column, 0);
    }
}
