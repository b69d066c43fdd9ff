using System.Text;

namespace BriefingKit.Reading.Text.Internal;

internal static class LabelKey
{
    public static string Of(string label)
    {
        var builder = new StringBuilder(label.Length);
        var space = false;
        foreach (var c in label)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else if (char.IsWhiteSpace(c) || c == '-')
            {
                space = true;
            }
        }
        return builder.ToString();
    }
}
