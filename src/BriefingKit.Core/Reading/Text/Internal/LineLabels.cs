// The speaker label each line carries as written, found once per line: format detection and
// reading judge the same lines several times (the start of a document to detect it, a count and
// a look for speech, then the whole document), and matching a line is the costly part.
// Kept on the input for its lines, so it may be read from several threads: each line's answer is
// one reference, written whole, and any thread that finds none yet computes the same one.
namespace BriefingKit.Reading.Text.Internal;

internal sealed class LineLabels
{
    // Stands for "matched, no label" (null is "not matched yet").
    private static readonly SpeakerLabel NoLabel = new(string.Empty, string.Empty, LabelStyle.Capitals);

    private readonly SpeakerLabel?[] _labels;

    public LineLabels(string[] lines)
    {
        Lines = lines;
        _labels = new SpeakerLabel?[lines.Length];
    }

    /// <summary>The lines, as split.</summary>
    public string[] Lines { get; }

    /// <summary>The label <see cref="SpeakerLabelMatcher.Match"/> finds on line <paramref name="index"/> (0-based), before any judgement of the document.</summary>
    public SpeakerLabel? this[int index]
    {
        get
        {
            var label = _labels[index];
            if (label is null) _labels[index] = label = SpeakerLabelMatcher.Match(Lines[index]) ?? NoLabel;
            return ReferenceEquals(label, NoLabel) ? null : label;
        }
    }
}
