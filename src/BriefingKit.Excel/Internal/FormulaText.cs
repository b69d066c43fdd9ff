// Formula injection: a cell whose text starts with '=', '+', '-' or '@' (after white space a
// client may trim) is a formula to Excel when typed, and a crafted one can run commands or
// leak data. Transcript text is always written as a string cell, and such text also gets a
// style with quotePrefix so editing the cell cannot turn it into a formula.
namespace BriefingKit.Excel.Internal;

internal static class FormulaText
{
    /// <summary>Whether Excel would read <paramref name="text"/> as a formula if it were typed into a cell.</summary>
    public static bool LooksLikeFormula(string? text)
    {
        if (string.IsNullOrEmpty(text)) return false;
        var i = 0;
        while (i < text!.Length && (char.IsWhiteSpace(text[i]) || char.IsControl(text[i]))) i++;
        return i < text.Length && text[i] is '=' or '+' or '-' or '@' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFF20';
    }
}
