
namespace BriefingKit.Reading.Text.Internal;

/// <summary>List bullets at the start of a line: each bulleted item is its own paragraph.</summary>
internal static class Bullets
{
    public static bool Strip(ref string line)
    {
        var start = 0;
        while (start < line.Length && char.IsWhiteSpace(line[start])) start++;
        if (line.Length - start < 2 || (line[start] != '•' && line[start] != '◦' && line[start] != '▪') || !char.IsWhiteSpace(line[start + 1])) return false;
        line = line.Substring(start + 2);
        return true;
    }
}
