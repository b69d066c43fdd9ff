// A pattern built at run time (from a word list) that starts interpreted and is compiled once it has been used
// often. Compiling every such pattern with RegexOptions.Compiled at start-up cost about half a second of CPU per
// run, most of a short run's analysis; interpreting them for good cost a tenth of a long run's analysis. Like the
// runtime's tiered JIT, a short run never pays for code generation and a long one gets compiled matching.
// Results are the same either way: only the engine running the pattern changes.
using System;
#if NET7_0_OR_GREATER
using System.Runtime.CompilerServices;
#endif
using System.Text.RegularExpressions;

namespace BriefingKit;

/// <summary>A <see cref="Regex"/> that is interpreted for its first <see cref="CompileAfter"/> uses, then compiled.</summary>
internal sealed class TieredRegex
{
    /// <summary>
    /// Uses after which the pattern is compiled. A short transcript's analysis uses each pattern a few hundred
    /// times; compiling one costs about as much as a few thousand interpreted matches save.
    /// </summary>
    public const int CompileAfter = 2000;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private Regex _regex;
    private int _uses;

    /// <summary>Creates the pattern, interpreted until it has been used <see cref="CompileAfter"/> times.</summary>
    public TieredRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _timeout = timeout;
#if NET7_0_OR_GREATER
        // Under Native AOT there is no code generation: the pattern stays interpreted.
        if (!RuntimeFeature.IsDynamicCodeCompiled) _uses = int.MinValue;
        _regex = new Regex(pattern, _options, timeout);
#else
        // netstandard2.0 cannot tell whether code generation is available: compile at once, as before.
        _uses = int.MinValue;
        _regex = new Regex(pattern, _options | RegexOptions.Compiled, timeout);
#endif
    }

    /// <summary>
    /// The regex to run now. The count is not atomic: two threads may miss an increment, or both compile. Once
    /// compiled it stops counting, so threads sharing a busy pattern no longer write to it on every match.
    /// </summary>
    private Regex Current
    {
        get
        {
            if (_uses >= 0 && ++_uses == CompileAfter)
            {
                _regex = new Regex(_pattern, _options | RegexOptions.Compiled, _timeout);
                _uses = int.MinValue;
            }
            return _regex;
        }
    }

    /// <summary>Whether matching now runs compiled code (for tests).</summary>
    internal bool IsCompiled => (_regex.Options & RegexOptions.Compiled) != 0;

    /// <inheritdoc cref="Regex.IsMatch(string)"/>
    public bool IsMatch(string input) => Current.IsMatch(input);

    /// <inheritdoc cref="Regex.Match(string)"/>
    public Match Match(string input) => Current.Match(input);

    /// <inheritdoc cref="Regex.Match(string, int)"/>
    public Match Match(string input, int startat) => Current.Match(input, startat);

    /// <inheritdoc cref="Regex.Matches(string)"/>
    public MatchCollection Matches(string input) => Current.Matches(input);

    /// <inheritdoc cref="Regex.Split(string)"/>
    public string[] Split(string input) => Current.Split(input);

    /// <inheritdoc cref="Regex.Replace(string, string)"/>
    public string Replace(string input, string replacement) => Current.Replace(input, replacement);

    /// <inheritdoc cref="Regex.ToString"/>
    public override string ToString() => _pattern;
}
