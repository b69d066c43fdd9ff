// One person, one speaker. Transcripts spell one person several ways: accents dropped
// ("Erdogan"/"Erdoğan"), a look-alike letter from another alphabet ("Niinistӧ" with a Cyrillic
// "ӧ"), a typo in one label ("MS. JEAN-PIERE" among many "MS. JEAN-PIERRE"), or two labels the
// resolver gave the same full name ("MS. PSAKI" and "JEN PSAKI"). This analyzer merges them
// into the speaker the document uses most and renumbers the speakers s1, s2, ….
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;

namespace BriefingKit.Analysis;

/// <summary>Merges speakers that are one person spelled differently; runs after <see cref="SpeakerResolver"/>.</summary>
internal sealed class SpeakerMerger : TranscriptAnalyzer
{
    // A label seen at most this often that is one letter off a more frequent label is taken as its typo.
    private const int MaxTypoTurns = 2;

    // Names shorter than this can differ by one letter and be different people ("Chen"/"Chan", "Lee"/"Lie").
    private const int MinTypoLength = 6;

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Requires { get; } = new[] { AnalysisFacts.SpeakerNames };

    /// <inheritdoc />
    public override IReadOnlyCollection<string> Provides { get; } = new[] { AnalysisFacts.SpeakersMerged };

    /// <inheritdoc />
    protected override Transcript Analyze(AnalysisDocument document, Transcript transcript, CancellationToken cancellationToken)
    {
        if (transcript.Speakers.Count < 2) return transcript;
        var turnCounts = transcript.Turns.Where(t => t.Speaker is not null).GroupBy(t => t.Speaker!).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int Turns(Speaker s) => turnCounts.TryGetValue(s.Id, out var n) ? n : 0;

        // Most-used first, so each speaker merges into the form the document uses most.
        var ordered = transcript.Speakers.OrderByDescending(Turns).ToList();
        var into = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        var kept = new List<Speaker>();
        foreach (var speaker in ordered)
        {
            var same = kept.FirstOrDefault(k => SamePerson(k, Turns(k), speaker, Turns(speaker)));
            if (same is null) kept.Add(speaker);
            else into[speaker.Id] = same;
        }
        if (into.Count == 0) return transcript;

        // Keep the document's order of first appearance, and number the speakers again without gaps.
        var survivors = transcript.Speakers.Where(s => !into.ContainsKey(s.Id)).ToList();
        var newIds = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < survivors.Count; i++) newIds[survivors[i].Id] = "s" + (i + 1).ToString(CultureInfo.InvariantCulture);
        foreach (var merged in into) newIds[merged.Key] = newIds[merged.Value.Id];

        var diagnostics = transcript.Diagnostics.ToList();
        foreach (var merged in into)
        {
            var from = transcript.Speakers.First(s => s.Id == merged.Key);
            var line = transcript.Turns.FirstOrDefault(t => t.Speaker == merged.Key)?.Line ?? 0;
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Info, line,
                $"speaker '{from.Label ?? from.Name}' taken as '{merged.Value.Label ?? merged.Value.Name}' (the same name spelled differently)"));
        }
        return transcript with
        {
            Speakers = survivors.Select(s => s with { Id = newIds[s.Id] }).ToValueList(),
            Turns = transcript.Turns.Select(t => t.Speaker is { } id && newIds.TryGetValue(id, out var to) && to != id ? t with { Speaker = to } : t).ToValueList(),
            Diagnostics = diagnostics.ToValueList(),
        };
    }

    /// <summary>
    /// Whether <paramref name="other"/> is <paramref name="kept"/> spelled another way: the same name or label
    /// once case, accents and look-alike letters are folded; or, for a rarely used label, one letter off
    /// (a typo) in a name long enough for that to be safe.
    /// </summary>
    internal static bool SamePerson(Speaker kept, int keptTurns, Speaker other, int otherTurns)
    {
        if (!SameSide(kept.Kind, other.Kind)) return false;
        if (NameKey.Same(kept.Name, other.Name)) return true;
        if (kept.Label is { } a && other.Label is { } b && NameKey.Same(a, b)) return true;
        if (otherTurns > MaxTypoTurns || otherTurns >= keptTurns) return false;
        return OneLetterOff(kept.Label ?? kept.Name, other.Label ?? other.Name) || OneLetterOff(kept.Name, other.Name);
    }

    // Reporters are all "Reporter"; merging two press labels or two unknown voices is harmless, but a
    // person is never merged with a voice of another kind (an official with the moderator).
    private static bool SameSide(SpeakerKind a, SpeakerKind b) => a == b || a == SpeakerKind.Unknown || b == SpeakerKind.Unknown;

    /// <summary>One insertion, deletion, substitution or swap of neighbours apart, never in a digit ("Speaker 1"/"Speaker 2").</summary>
    internal static bool OneLetterOff(string first, string second)
    {
        // Titles and honorifics aside: "MR. SMITH" is five letters of name, too short to call "MR. SMYTH" a typo.
        var a = string.Join(" ", NameKey.Words(first));
        var b = string.Join(" ", NameKey.Words(second));
        if (a == b || Math.Min(a.Length, b.Length) < MinTypoLength || Math.Abs(a.Length - b.Length) > 1) return false;
        var start = 0;
        while (start < a.Length && start < b.Length && a[start] == b[start]) start++;
        var endA = a.Length;
        var endB = b.Length;
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }
        var restA = a.Substring(start, endA - start);
        var restB = b.Substring(start, endB - start);
        if (restA.Any(char.IsDigit) || restB.Any(char.IsDigit)) return false;
        if (restA.Length + restB.Length <= 1) return true;                                  // inserted or dropped letter
        if (restA.Length == 1 && restB.Length == 1) return char.IsLetter(restA[0]) && char.IsLetter(restB[0]); // one letter for another
        return restA.Length == 2 && restB.Length == 2 && restA[0] == restB[1] && restA[1] == restB[0];       // two neighbours swapped
    }
}
