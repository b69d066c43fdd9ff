namespace BriefingKit;

/// <summary>A quotation attributed to a speaker.</summary>
/// <param name="Text">The quoted words, without the quotation marks.</param>
public sealed record Quote(string Text)
{
    /// <summary>The <see cref="Speaker.Id"/> of who said it.</summary>
    public string? Speaker { get; init; }

    /// <summary>The attribution verb (<c>said</c>, <c>urged</c>), when there is one.</summary>
    public string? Cue { get; init; }

    /// <summary>Direct (exact words) or indirect (reported).</summary>
    public QuoteKind Kind { get; init; } = QuoteKind.Direct;

    /// <summary>The 1-based line the quote starts on.</summary>
    public int Line { get; init; }
}
