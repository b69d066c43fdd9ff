using System;

namespace BriefingKit;

/// <summary>One speaker's uninterrupted contribution, or one paragraph of a prose document.</summary>
/// <param name="Text">The spoken text, with stage directions removed and wrapped lines joined.</param>
public sealed record Turn(string Text)
{
    /// <summary>The <see cref="Speaker.Id"/> of who spoke; <see langword="null"/> for unattributed prose.</summary>
    public string? Speaker { get; init; }

    /// <summary>What the turn does.</summary>
    public TurnKind Kind { get; init; } = TurnKind.Statement;

    /// <summary>When the turn starts, for timed formats.</summary>
    public TimeSpan? Start { get; init; }

    /// <summary>When the turn ends, for timed formats.</summary>
    public TimeSpan? End { get; init; }

    /// <summary>The 1-based line of the input where the turn starts.</summary>
    public int Line { get; init; }

    /// <summary>
    /// For a turn of several paragraphs (separated by a blank line in <see cref="Text"/>), the
    /// 1-based input line each paragraph starts on, so evidence can point at its line;
    /// <see langword="null"/> for a single paragraph.
    /// </summary>
    public ValueList<int>? ParagraphLines { get; init; }

    /// <summary>
    /// For a turn joined from wrapped input lines: for each input line from <see cref="Line"/> on, the offset
    /// in <see cref="Text"/> at which that line's text starts, or -1 for a line that left none (a blank line,
    /// a removed stage direction), so evidence can point at the line its sentence starts on;
    /// <see langword="null"/> when no paragraph of the turn spans more than one line.
    /// </summary>
    public ValueList<int>? LineStarts { get; init; }

    /// <summary>The 1-based input line of the character at <paramref name="offset"/> in <see cref="Text"/>.</summary>
    /// <param name="offset">A position in <see cref="Text"/>.</param>
    /// <returns>The line its input line starts on, as near as the turn records it (its paragraph's line, else the turn's).</returns>
    public int LineAt(int offset)
    {
        if (LineStarts is { } starts && LastLineAtOrBefore(starts, offset) is var k && k >= 0) return Line + k;
        if (ParagraphLines is not { } lines) return Line;
        var paragraph = 0;
        for (var i = Text.IndexOf("\n\n", StringComparison.Ordinal); i >= 0 && i < offset; i = Text.IndexOf("\n\n", i + 2, StringComparison.Ordinal)) paragraph++;
        return paragraph < lines.Count ? lines[paragraph] : Line;
    }

    // The last input line that starts at or before offset, by binary search: the recorded starts rise with the
    // line (-1 marks a line that left no text), and every sentence of a long turn asks.
    private static int LastLineAtOrBefore(ValueList<int> starts, int offset)
    {
        int low = 0, high = starts.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            var probe = mid;
            while (probe >= low && starts[probe] < 0) probe--;
            if (probe < low) low = mid + 1;
            else if (starts[probe] <= offset)
            {
                found = probe;
                low = mid + 1;
            }
            else high = probe - 1;
        }
        return found;
    }
}
