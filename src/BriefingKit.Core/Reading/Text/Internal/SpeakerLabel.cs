using System;

namespace BriefingKit.Reading.Text.Internal;

/// <summary>How a speaker label was written; the weak style needs repetition to count.</summary>
internal enum LabelStyle
{
    /// <summary><c>MS. PSAKI:</c>, <c>Q</c> — unambiguous.</summary>
    Capitals,
    /// <summary><c>Mr. Nebenzia (Russian Federation) (spoke in Russian):</c>.</summary>
    UnitedNations,
    /// <summary>Indented <c>Senator Reed.</c>.</summary>
    Congressional,
    /// <summary>Rev <c>Name: (00:00)</c> or <c>Name (00:00):</c>, Otter <c>Name  2:20</c>.</summary>
    Timed,
    /// <summary><c>Ned Price: text</c> — a label when the document repeats it, or uses labels of its shape a lot.</summary>
    MixedCase,
    /// <summary>A diarised speaker alone on its line with a confidence: <c>[SPEAKER_00 | 0.72]</c>.</summary>
    Diarised,
    /// <summary>A name with a parenthetical alone on its line, the speech below: <c>Sen. Jane Doe (D-Ore.)</c>.</summary>
    NameLine,
}

/// <summary>A speaker label found at the start of a line, and the speech after it.</summary>
internal sealed record SpeakerLabel(string Label, string Rest, LabelStyle Style)
{
    public TimeSpan? Start { get; init; }

    /// <summary>A parenthetical inside the label: a UN delegation, or a note such as "(spoke in Russian)".</summary>
    public string? Affiliation { get; init; }

    public string? Note { get; init; }

    /// <summary>A party-state code after a legislator's name ("D-Ore."); not an actor, so not the affiliation.</summary>
    public string? Party { get; init; }

    /// <summary>Upper-case letters and digits only, so "MS. PSAKI" and "Ms Psaki" are one speaker.</summary>
    public string Key => LabelKey.Of(Label);
}
