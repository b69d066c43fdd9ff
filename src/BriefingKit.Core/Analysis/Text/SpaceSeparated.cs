// The length rules count words as the parts of a text between single spaces, as text.Split(' ').Length
// does; counting the spaces gives the same number without making a string per word.
namespace BriefingKit.Analysis;

internal static class SpaceSeparated
{
    /// <summary>What <c>text.Split(' ').Length</c> is: one more than the number of spaces.</summary>
    public static int Count(string text)
    {
        var parts = 1;
        foreach (var c in text)
            if (c == ' ') parts++;
        return parts;
    }
}
