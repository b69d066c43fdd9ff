// A pattern built from a word list starts interpreted and is compiled after many uses; what it matches must
// not change when it is, and a short run must never pay for compiling it.
using System;
using System.Linq;
using System.Text.RegularExpressions;

namespace BriefingKit.Tests.Internal;

public sealed class TieredRegexTests
{
    private static readonly string[] Texts =
    {
        "We will not support the proposal.",
        "They have NOT yet decided, but we hope to agree soon.",
        "Nothing here",
        "",
        "not   yet, not ever; never again",
    };

    [Fact]
    public void Is_interpreted_for_its_first_uses_then_compiled_with_the_same_matches()
    {
        const string pattern = @"\b(?:not|never)(?:\s+\w+){0,2}";
        var tiered = new TieredRegex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.Timeout);
        var reference = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, RegexLimits.Timeout);
        static string Shape(MatchCollection m) => string.Join("|", m.Cast<Match>().Select(x => $"{x.Index}:{x.Value}"));
        var before = Texts.Select(t => Shape(tiered.Matches(t))).ToList();
        Assert.False(tiered.IsCompiled);

        for (var i = Texts.Length; i < TieredRegex.CompileAfter - 1; i++) tiered.IsMatch("x");
        Assert.False(tiered.IsCompiled);
        tiered.IsMatch("x");
        Assert.True(tiered.IsCompiled);

        var after = Texts.Select(t => Shape(tiered.Matches(t))).ToList();
        Assert.Equal(Texts.Select(t => Shape(reference.Matches(t))), before);
        Assert.Equal(before, after);
        Assert.Equal(reference.Split("a not b never c"), tiered.Split("a not b never c"));
        Assert.Equal(reference.Replace("we will not go", "#"), tiered.Replace("we will not go", "#"));
        Assert.Equal(reference.Match("so not now", 3).Index, tiered.Match("so not now", 3).Index);
    }

    [Fact]
    public void Keeps_the_time_out_and_options_it_was_given()
    {
        var tiered = new TieredRegex("a", RegexOptions.IgnoreCase | RegexOptions.Compiled, TimeSpan.FromSeconds(3));
        Assert.True(tiered.IsMatch("A"));
        Assert.False(tiered.IsCompiled);
        for (var i = 0; i < TieredRegex.CompileAfter; i++) tiered.IsMatch("b");
        Assert.True(tiered.IsMatch("A"));
        Assert.True(tiered.IsCompiled);
    }
}
