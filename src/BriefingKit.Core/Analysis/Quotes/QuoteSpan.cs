namespace BriefingKit.Analysis;

/// <summary>A quotation found in a turn: its text and where its marks are.</summary>
internal sealed record QuoteSpan(int TurnIndex, int Open, int Close, string Text);
