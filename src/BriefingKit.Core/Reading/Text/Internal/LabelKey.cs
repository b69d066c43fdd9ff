using System.Buffers;

namespace BriefingKit.Reading.Text.Internal;

internal static class LabelKey
{
    public static string Of(string label)
    {
        // The key is never longer than the label (one character for each letter or digit, one space between words).
        var buffer = ArrayPool<char>.Shared.Rent(label.Length);
        var length = 0;
        var space = false;
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && length > 0) buffer[length++] = ' ';
                buffer[length++] = char.ToUpperInvariant(c);
                space = false;
            }
            else if (char.IsWhiteSpace(c) || c == '-')
            {
                space = true;
            }
        }
        var key = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return key;
    }
}
