// The speaker label each line carries as written, found once per line: format detection and
// reading judge the same lines several times (the start of a document to detect it, a count and
// a look for speech, then the whole document), and matching a line is the costly part.
namespace BriefingKit.Reading.Text.Internal;

internal sealed class LineLabels
{
    private readonly SpeakerLabel?[] _labels;
    private readonly bool[] _matched;

    public LineLabels(string[] lines)
    {
        Lines = lines;
        _labels = new SpeakerLabel?[lines.Length];
        _matched = new bool[lines.Length];
    }

    /// <summary>The lines, as split.</summary>
    public string[] Lines { get; }

    /// <summary>The label <see cref="SpeakerLabelMatcher.Match"/> finds on line <paramref name="index"/> (0-based), before any judgement of the document.</summary>
    public SpeakerLabel? this[int index]
    {
        get
        {
            if (!_matched[index])
            {
                _labels[index] = SpeakerLabelMatcher.Match(Lines[index]);
                _matched[index] = true;
            }
            return _labels[index];
        }
    }
}
