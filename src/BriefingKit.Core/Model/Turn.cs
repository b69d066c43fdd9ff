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
}
