// A "Bottom line" sentence, with its source and (for a labelled transcript) its speaker.
namespace BriefingKit.Word.Memo.Content;

internal sealed record SummaryLine(string Text, Transcript Source, Speaker? Speaker);
