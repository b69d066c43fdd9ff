// "reading 120/3000" on one line of stderr that rewrites itself, for runs long enough that a
// silent terminal looks hung. Shown only when stderr is a terminal (never in a pipe, log or
// test), and only for many inputs; a message written meanwhile first clears the line.
using System.Diagnostics;
using System.IO;

namespace BriefingKit.Cli.Output;

internal sealed class Progress
{
    /// <summary>Fewer inputs than this read in a moment: no progress line.</summary>
    public const int MinInputs = 20;

    private readonly TextWriter _error;
    private readonly bool _shown;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastDrawn = -1000;
    private int _width;

    public Progress(TextWriter error, bool errorIsTerminal, int inputs)
    {
        _error = error;
        _shown = errorIsTerminal && inputs >= MinInputs;
    }

    /// <summary>Redraws the line (at most five times a second).</summary>
    public void Report(string text)
    {
        if (!_shown || _clock.ElapsedMilliseconds - _lastDrawn < 200) return;
        _lastDrawn = _clock.ElapsedMilliseconds;
        var line = "briefingkit: " + text;
        _error.Write("\r" + line.PadRight(_width));
        _width = line.Length;
        _error.Flush();
    }

    /// <summary>Clears the line, before another message or at the end.</summary>
    public void Clear()
    {
        if (_width == 0) return;
        _error.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
        _lastDrawn = -1000;
    }
}
