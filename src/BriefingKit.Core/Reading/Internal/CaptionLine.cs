// One line of caption text with the 1-based input line it came from, so that annotations
// and warnings can name their line after tags and speaker prefixes are taken off.
namespace BriefingKit.Reading.Internal;

internal readonly record struct CaptionLine(int Number, string Text);
