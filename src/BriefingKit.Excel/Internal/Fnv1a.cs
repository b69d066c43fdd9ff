// FNV-1a, 64 bits, over a string's UTF-16 code units: a fast, stable hash (the same on every run and
// machine), for short keys in the workbook and for telling sentences apart without keeping them.
namespace BriefingKit.Excel.Internal;

internal static class Fnv1a
{
    /// <summary>The 64-bit FNV-1a hash of <paramref name="text"/>.</summary>
    public static ulong Hash64(string text)
    {
        unchecked
        {
            var hash = 14695981039346656037UL;
            foreach (var c in text)
            {
                hash ^= c;
                hash *= 1099511628211UL;
            }
            return hash;
        }
    }
}
