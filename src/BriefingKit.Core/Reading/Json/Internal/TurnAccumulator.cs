// Builds turns from recogniser pieces (Whisper segments, AWS words): consecutive pieces of
// one speaker become one turn; unattributed speech is cut at pauses and at a length, so a
// one-hour recording without diarization does not become one enormous turn.
using System;
using System.Collections.Generic;
using System.Text;

namespace BriefingKit.Reading.Json.Internal;

internal sealed class TurnAccumulator
{
    /// <summary>Unattributed speech starts a new turn after a silence longer than this.</summary>
    public static readonly TimeSpan PauseThreshold = TimeSpan.FromSeconds(2);

    /// <summary>Unattributed speech starts a new turn at the next boundary once a turn is this long.</summary>
    public const int LengthThreshold = 1000;

    private readonly List<Turn> _turns = new();
    private readonly StringBuilder _text = new();
    private bool _open;
    private string? _speaker;
    private TimeSpan? _start;
    private int _line;

    public bool IsOpen => _open;

    public string? Speaker => _speaker;

    public int Length => _text.Length;

    /// <summary>When the last timed piece ended.</summary>
    public TimeSpan? End { get; private set; }

    /// <summary>The last character of the turn so far.</summary>
    public char LastChar => _text.Length > 0 ? _text[_text.Length - 1] : '\0';

    /// <summary>
    /// Whether a piece by <paramref name="speaker"/> starting at <paramref name="start"/>
    /// continues the open turn: same speaker; for unattributed speech also no long pause, and
    /// under the length threshold (or, when the turn so far does not end a sentence, under
    /// twice that, so word-by-word input is not cut mid-sentence).
    /// </summary>
    public bool Continues(string? speaker, TimeSpan? start, bool atSentenceEnd = true)
    {
        if (!_open || !string.Equals(speaker, _speaker, StringComparison.Ordinal)) return false;
        if (speaker is not null) return true;
        if (start is { } s && End is { } e && s - e > PauseThreshold) return false;
        return _text.Length < LengthThreshold || (!atSentenceEnd && _text.Length < 2 * LengthThreshold);
    }

    /// <summary>Whether the turn so far ends with sentence-final punctuation.</summary>
    public bool EndsSentence => LastChar is '.' or '?' or '!' or '。' or '？' or '！';

    /// <summary>Closes the open turn and opens a new one.</summary>
    public void Begin(string? speaker, int line, TimeSpan? start)
    {
        Flush();
        _open = true;
        _speaker = speaker;
        _line = line;
        _start = start;
        End = null;
    }

    /// <summary>Adds text to the open turn: after a space, or attached (punctuation).</summary>
    public void Append(string piece, bool attach, TimeSpan? start, TimeSpan? end)
    {
        var text = piece.Trim();
        if (text.Length > 0)
        {
            if (_text.Length > 0 && !attach && NeedsSpace(_text[_text.Length - 1], text[0])) _text.Append(' ');
            _text.Append(text);
        }
        _start ??= start;
        if (end is not null) End = end;
    }

    /// <summary>Closes the open turn; a turn without text is dropped.</summary>
    public void Flush()
    {
        if (_open && _text.Length > 0)
            _turns.Add(new Turn(_text.ToString()) { Speaker = _speaker, Start = _start, End = End, Line = _line });
        _open = false;
        _text.Clear();
    }

    public ValueList<Turn> ToValueList()
    {
        Flush();
        return _turns.ToValueList();
    }

    // Chinese and Japanese are written without spaces; recognisers split them into segments
    // that must be rejoined without one.
    private static bool NeedsSpace(char before, char after) => !(IsUnspaced(before) && IsUnspaced(after));

    private static bool IsUnspaced(char c) =>
        (c >= '\u3000' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF');
}
