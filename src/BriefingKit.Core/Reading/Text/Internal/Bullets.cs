
namespace BriefingKit.Reading.Text.Internal;

/// <summary>List bullets at the start of a line: each bulleted item is its own paragraph.</summary>
internal static class Bullets
{
    public static bool Strip(ref string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length < 2 || (trimmed[0] != '•' && trimmed[0] != '◦' && trimmed[0] != '▪') || !char.IsWhiteSpace(trimmed[1])) return false;
        line = trimmed.Substring(2);
        return true;
    }
}
