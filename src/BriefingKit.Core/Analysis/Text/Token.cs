// A word or a punctuation mark of a sentence: where it is and its lower-cased form, computed
// once when the sentence is made, so no analyzer tokenises or lower-cases the text again.
namespace BriefingKit.Analysis;

/// <summary>A token of a <see cref="Sentence"/>: a run of letters and digits, or one punctuation mark.</summary>
internal readonly struct Token
{
    internal Token(int index, int length, string lower)
    {
        Index = index;
        Length = length;
        Lower = lower;
    }

    /// <summary>Where the token starts in the sentence's text.</summary>
    public int Index { get; }

    /// <summary>How many characters it has.</summary>
    public int Length { get; }

    /// <summary>Just after its last character.</summary>
    public int End => Index + Length;

    /// <summary>The token lower-cased, with typographic apostrophes as <c>'</c>: the key phrase lists are matched on.</summary>
    public string Lower { get; }
}
