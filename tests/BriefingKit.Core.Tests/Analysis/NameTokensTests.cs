using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

/// <summary>
/// The name-word scan must find exactly what the regular expression it replaced found: the same
/// matches, words and ends, on hand-picked and on generated text.
/// </summary>
public sealed class NameTokensTests
{
    // The pattern the scan replaced, built from the same word lists as it was: the particles joined by their
    // hyphen, then those followed by a space; the suffixes as a word-list alternation.
    private static readonly string Particle = "(?:" + string.Join("|", NameWords.Default.JoinedParticles.Select(Regex.Escape)
        .Concat(NameWords.Default.SpacedParticles.Select(p => Regex.Escape(p) + @"\s"))) + ")";

    private static readonly Regex Pattern = new(
        @"(?<w>[\p{Lu}]\.(?:[\p{Lu}]\.)+|" + Particle + @"?[\p{Lu}][\p{L}\p{M}'’\-]*\.?|of|the)(?:,\s*(?<jr>" + WordAlternation.Of(NameWords.Default.Suffixes) + @"\.))?",
        RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("U.S. Secretary of State Rex Tillerson met him.")]
    [InlineData("He spoke to Syrian President Bashar al-Assad and Crown Prince Mohammed bin Salman today.")]
    [InlineData("John Roe, Jr. and Henry Ford, III. spoke; Jane Doe, Sr said nothing; Max Moe,  IV.")]
    [InlineData("often the other theme of A. Lincoln's U.S.A. O’Brien-Smith’s É.Z. Ærø ǅemal")]
    [InlineData("bin  Salman bin salman al-assad al-Assad el- Sisi ibn\tSaud of the")]
    [InlineData("")]
    public void Scan_GivesWhatThePatternGave(string text) => AssertSame(text);

    [Fact]
    public void Scan_GivesWhatThePatternGave_OnGeneratedText()
    {
        // Text made of the pieces the pattern cares about, in random order and spacing (fixed seed).
        var pieces = new[]
        {
            "A", "B.", "U.S.", "U.", "S", ".", ",", ", ", ",  ", "Jr", "Jr.", "III.", "II", "IV.", "Sr.", "of", "the", "of the", "often", "there",
            "al-", "el-", "bin", "ibn", "bin ", "Assad", "assad", "O’Neil", "d'Ivoire", "-", "'", "’", "É", "é", "\u0301", "Ǆ", "ǅ", "ʰ", "中",
            "\ud83d\ude00", "\ud83d", " ", "  ", "\t", "\n", "\u00a0", "1", "x", "Mc", "Donald", "Mr.", "Prime", "Minister",
        };
        var random = new Random(20261207);
        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            var count = random.Next(1, 25);
            for (var i = 0; i < count; i++) text.Append(pieces[random.Next(pieces.Length)]);
            AssertSame(text.ToString());
        }
    }

    private static void AssertSame(string text)
    {
        var expected = Pattern.Matches(text).Cast<Match>().Select(m => (m.Index, m.Index + m.Length, m.Groups["w"].Value)).ToList();
        var actual = NameTokens.Scan(text, NameWords.Default);
        Assert.True(expected.SequenceEqual(actual), $"text: \"{text}\"\nexpected: {string.Join(" ", expected)}\nactual:   {string.Join(" ", actual)}");
    }
}
