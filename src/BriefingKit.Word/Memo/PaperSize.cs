namespace BriefingKit.Word;

/// <summary>The paper a memo is laid out on when no template gives the page set-up.</summary>
public enum PaperSize
{
    /// <summary>US Letter, 8.5 × 11 in.</summary>
    Letter,

    /// <summary>ISO A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>US Legal, 8.5 × 14 in.</summary>
    Legal,
}
