// The rules that keep one person one speaker and a document's names its own: the typo test of
// SpeakerMerger, name folding, and the people list's Identify.
using System;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis.Speakers;

public sealed class SpeakerIdentityTests
{
    [Theory]
    [InlineData("MS. JEAN-PIERRE", "MS. JEAN-PIERE", true)]   // a dropped letter
    [InlineData("SECRETARY BLINKEN", "SECRETARY BLIKNEN", true)] // two neighbours swapped
    [InlineData("MR. SMITH", "MR. SMYTH", false)]              // five letters of name: too short to call a typo
    [InlineData("Speaker 1", "Speaker 2", false)]              // numbered voices are different people
    [InlineData("SPEAKER_10", "SPEAKER_1", false)]
    [InlineData("Hernandez", "Fernandes", false)]              // two letters apart
    public void OneLetterOff_NamesAndLabels(string a, string b, bool expected) =>
        Assert.Equal(expected, SpeakerMerger.OneLetterOff(a, b));

    [Fact]
    public void SamePerson_RareTypoOfFrequentLabel_OnlyWhenRare()
    {
        var frequent = new Speaker("s1", "Karine Jean-Pierre") { Label = "MS. JEAN-PIERRE", Kind = SpeakerKind.Official };
        var typo = new Speaker("s3", "Jean-Piere") { Label = "MS. JEAN-PIERE", Kind = SpeakerKind.Official };
        Assert.True(SpeakerMerger.SamePerson(frequent, 12, typo, 1));
        Assert.False(SpeakerMerger.SamePerson(frequent, 12, typo, 5));
        Assert.False(SpeakerMerger.SamePerson(frequent, 12, typo with { Kind = SpeakerKind.Press }, 1));
    }

    [Theory]
    [InlineData("Niinistö", "Niinist\u04e7")] // Cyrillic ӧ
    [InlineData("Erdoğan", "ERDOGAN")]
    [InlineData("Kalın", "Kalin")]
    public void Fold_SameName(string a, string b) => Assert.True(NameKey.Same(a, b));

    [Theory]
    [InlineData("John F Kennedy", null, "2024-03-04", null)]        // another given name than Robert F. Kennedy Jr.
    [InlineData("Charles Warren", null, "2024-03-04", null)]
    [InlineData("Andrew Knight", null, "2024-03-04", null)]        // "Knight" is a middle name of Kelly Knight Craft
    [InlineData("Carter", "President", "1977-03-09", null)]        // Ash Carter was never president
    [InlineData("Ashton Carter", null, "2016-01-01", "Ash Carter")] // an alias with the same given name
    [InlineData("Psaki", null, "2021-04-15", "Jen Psaki")]
    [InlineData("Erdogan", "President", "2023-03-14", "Recep Tayyip Erdoğan")]
    [InlineData("Xi", "President", "2023-03-14", "Xi Jinping")]    // family name first
    [InlineData("Ron", "Senator", "2024-05-02", null)]             // a given name is nobody's surname
    public void Identify_OnlyTheDocumentsPerson(string name, string? role, string date, string? expected) =>
        Assert.Equal(expected, PeopleDirectory.Default.Identify(name, role, DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture))?.Name);
}
