// A "Bottom line" clause: a label ("Agreed", "Disagreed", "Committed", "Changed") and segments
// of text, each fact-bearing segment with the source and line it rests on.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed record SummaryLine(string Label, IReadOnlyList<SummarySegment> Segments);

/// <summary>Text of a bottom-line clause; with <see cref="Source"/>, the text is a claim cited at <see cref="Line"/> of that source.</summary>
internal sealed record SummarySegment(string Text, Transcript? Source = null, int Line = 0);
