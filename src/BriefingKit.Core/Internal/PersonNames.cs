// The surname rule, in one file that Core and the Excel library (as linked source, see
// LinkedSource.props) both compile, so the matrix names people the way the analysis does.
using System;
using System.Linq;

namespace BriefingKit;

internal static class PersonNames
{
    /// <summary>The last word of a name, the family name in Western order, without a generational suffix ("Biden" for "Joseph R. Biden, Jr.").</summary>
    /// <param name="name">A full name as written.</param>
    /// <returns>The surname, or <paramref name="name"/> itself when it has no other word.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static string Surname(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var words = name.Replace(",", " ").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("Jr." or "Jr" or "Sr." or "II" or "III")).ToArray();
        return words.Length == 0 ? name : words[words.Length - 1];
    }
}
