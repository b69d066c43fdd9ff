// The Positions sheet's Speaker column names whose words the evidence is — the turn holder, the
// person a narration reports, or the document's voice — and a note on the cell says which rule.
// Hand-made transcripts pin each rule; the corpus weeks are read back and checked against the text.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using DocumentFormat.OpenXml.Spreadsheet;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Tables;

public sealed class SpeakerColumnTests
{
    private static readonly DateTime Tuesday = new(2022, 3, 8);

    private static readonly Speaker Ruiz = new("s1", "Elena Ruiz") { Role = "Ambassador", Affiliation = "Chile", Kind = SpeakerKind.Official };
    private static readonly Speaker Okafor = new("s2", "Chidi Okafor") { Role = "Foreign Minister", Affiliation = "Nigeria", Kind = SpeakerKind.Official };

    /// <summary>A prose document (no labelled turns) with the two people above and these positions.</summary>
    private static Transcript Prose(string title, TranscriptKind kind, string? url, params Position[] positions) => new()
    {
        Title = title,
        Date = Tuesday,
        Source = "in/prose.md",
        Url = url,
        Kind = kind,
        Format = TranscriptFormat.Markdown,
        Speakers = ValueList<Speaker>.From(new[] { Ruiz, Okafor }),
        Turns = ValueList<Turn>.From(positions.Select(p => new Turn(p.Evidence!) { Line = p.Line })),
        Positions = ValueList<Position>.From(positions),
    };

    private static Position At(string actor, int line, string evidence, string? speaker = null) =>
        new(actor, "climate", Stance.Support) { Line = line, Evidence = evidence, Speaker = speaker };

    /// <summary>Each Positions row's evidence → (Speaker text, Speaker note).</summary>
    private static Dictionary<string, (string Speaker, string Note)> Speakers(Xlsx xlsx)
    {
        var result = new Dictionary<string, (string, string)>();
        foreach (var (row, refs) in RowsWithRefs(xlsx, "Positions"))
            result[row["Actor"] + " | " + row["Evidence"]] = (row.GetValueOrDefault("Speaker", string.Empty), xlsx.NoteOf("Positions", refs["Speaker"]) ?? string.Empty);
        return result;
    }

    internal static IEnumerable<(Dictionary<string, string> Row, Dictionary<string, string> Refs)> RowsWithRefs(Xlsx xlsx, string sheet)
    {
        var rows = xlsx.Sheet(sheet).Worksheet.Descendants<Row>().ToList();
        var headers = rows[0].Elements<Cell>().ToDictionary(c => Xlsx.Letters(c.CellReference!), c => xlsx.Text(c));
        foreach (var row in rows.Skip(1))
        {
            var values = new Dictionary<string, string>();
            var refs = headers.ToDictionary(h => h.Value, h => h.Key + row.RowIndex!.Value);
            foreach (var cell in row.Elements<Cell>())
                if (headers.TryGetValue(Xlsx.Letters(cell.CellReference!), out var header)) values[header] = xlsx.Text(cell);
            yield return (values, refs);
        }
    }

    [Fact]
    public async Task LabelledTurn_TheTurnHolderSpeaks_EvenForTheOtherSidesPosition()
    {
        // Lavrov (s2) holds the turn; the position is the United States' ("both of us agree").
        var bytes = await WriteAsync(new[] { Event("a", Tuesday, P("United States", "ukraine", Stance.Agree, 7, "s2", "Both of us agree on Ukraine.")) });

        using var xlsx = Xlsx.Open(bytes);
        var (speaker, note) = Speakers(xlsx).Single().Value;
        Assert.Equal("Sergey Lavrov", speaker);
        Assert.StartsWith("Turn holder: Sergey Lavrov, Foreign Minister, has the floor in the labelled turn from line 7", note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Narration_ThePersonBeforeTheReportingVerbSpeaks_NotTheSubjectOfTheReportedClause()
    {
        // The analysis gives Okafor as the subject of "she and Minister Okafor back …" for Nigeria's row;
        // the words are Ruiz's account.
        var transcript = Prose("Readout of the Santiago talks", TranscriptKind.Readout, "https://www.example.org/readout",
            At("Nigeria", 3, "Ambassador Ruiz said she and Minister Okafor back the carbon levy.", speaker: "s2"),
            At("Chile", 5, "Ambassador Ruiz firmly reiterated her backing for the carbon levy."),
            At("Nigeria", 7, "Ambassador Ruiz and Foreign Minister Okafor agreed to fund the levy."),
            At("Chile", 7, "Ambassador Ruiz and Foreign Minister Okafor agreed to fund the levy."));

        using var xlsx = Xlsx.Open(await WriteAsync(new[] { transcript }));
        var speakers = Speakers(xlsx);
        Assert.Equal("Elena Ruiz", speakers["Nigeria | Ambassador Ruiz said she and Minister Okafor back the carbon levy."].Speaker);
        Assert.StartsWith("Reported: the narration says “Ruiz said …”", speakers["Nigeria | Ambassador Ruiz said she and Minister Okafor back the carbon levy."].Note, StringComparison.Ordinal);
        Assert.Equal("Elena Ruiz", speakers["Chile | Ambassador Ruiz firmly reiterated her backing for the carbon levy."].Speaker);
        // A joined subject: each side's own person.
        Assert.Equal("Chidi Okafor", speakers["Nigeria | Ambassador Ruiz and Foreign Minister Okafor agreed to fund the levy."].Speaker);
        Assert.Equal("Elena Ruiz", speakers["Chile | Ambassador Ruiz and Foreign Minister Okafor agreed to fund the levy."].Speaker);
    }

    [Fact]
    public async Task Narration_OneSubjectForEveryStanceOfTheSentence_OnItsSide()
    {
        const string Sentence = "The Ambassador voiced concern about the levy and called for a delay.";
        var transcript = Prose("Readout of the levy talks", TranscriptKind.Readout, "https://www.example.org/r",
            At("Chile", 4, Sentence, speaker: "s1") with { Stance = Stance.Urge },
            At("Chile", 4, Sentence) with { Stance = Stance.Concern },
            At("Nigeria", 4, Sentence));

        using var xlsx = Xlsx.Open(await WriteAsync(new[] { transcript }));
        var rows = xlsx.Rows("Positions");

        Assert.All(rows.Where(r => r["Actor"] == "Chile"), r => Assert.Equal("Elena Ruiz", r["Speaker"]));
        // The other side's row does not take Chile's subject: the document speaks.
        Assert.Equal("Readout by example.org", rows.Single(r => r["Actor"] == "Nigeria")["Speaker"]);
    }

    [Fact]
    public async Task Narration_NoOneNamed_TheDocumentsVoice_AuthorJointOrPublisher()
    {
        var byAuthor = Prose("Statement by Ambassador Elena Ruiz on the levy", TranscriptKind.Statement, "https://www.example.org/s",
            At("Chile", 3, "The levy will be in force next year."));
        var joint = Prose("Joint Statement of Chile and Nigeria", TranscriptKind.Statement, null,
            At("Chile", 3, "We will fund the levy together."), At("Nigeria", 3, "We will fund the levy together."));
        var published = Prose("Readout of the levy talks", TranscriptKind.Readout, "https://www.example.org/r",
            At("Chile", 3, "The two sides discussed the levy."));
        var voiceless = Prose("Notes on the levy", TranscriptKind.Other, null,
            At("Chile", 3, "The levy was discussed."));

        using var xlsx = Xlsx.Open(await WriteAsync(new[] { byAuthor with { Source = "in/a.md" }, joint with { Source = "in/b.md" }, published with { Source = "in/c.md" }, voiceless with { Source = "in/d.md" } }));
        var speakers = Speakers(xlsx);
        Assert.Equal("Elena Ruiz", speakers["Chile | The levy will be in force next year."].Speaker);
        Assert.StartsWith("Author: ", speakers["Chile | The levy will be in force next year."].Note, StringComparison.Ordinal);
        Assert.Equal("Joint statement (Elena Ruiz, Chidi Okafor)", speakers["Nigeria | We will fund the levy together."].Speaker);
        Assert.Equal("Readout by example.org", speakers["Chile | The two sides discussed the levy."].Speaker);
        Assert.StartsWith("Document's voice: ", speakers["Chile | The two sides discussed the levy."].Note, StringComparison.Ordinal);
        // No voice at all: the cell stays empty and its note says why.
        Assert.Equal(string.Empty, speakers["Chile | The levy was discussed."].Speaker);
        Assert.StartsWith("No speaker: ", speakers["Chile | The levy was discussed."].Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_SpeakerNotesSurvive()
    {
        var first = await WriteAsync(new[] { Event("a", Tuesday, P("United States", "ukraine", Stance.Urge, 7)) });

        var updated = await UpdateAsync(first, new[] { Event("b", Tuesday.AddDays(7), P("Russia", "ukraine", Stance.Reject, 9, "s2")) });

        using var xlsx = Xlsx.Open(updated);
        var speakers = Speakers(xlsx);
        Assert.Equal(2, speakers.Count);
        Assert.All(speakers.Values, s => Assert.StartsWith("Turn holder: " + s.Speaker, s.Note, StringComparison.Ordinal));
    }

    public static TheoryData<string> Weeks => new() { "week-2021-15", "week-2023-11" };

    [Theory]
    [MemberData(nameof(Weeks))]
    public async Task CorpusWeek_EveryRowNamesASpeakerWithItsRule_AndTheTextBearsItOut(string week)
    {
        var transcripts = await ParseAsync(week);
        var bytes = await WriteAsync(transcripts);
        // Each labelled document's labels ("MS. PSAKI", "THE PRESIDENT") and who they name.
        var labels = transcripts.ToDictionary(t => Path.GetFileName(t.Source!), t => t.Speakers.Where(sp => sp.Label is not null && sp.Kind != SpeakerKind.Press)
            .GroupBy(sp => sp.Label!.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.First().Name));

        using var xlsx = Xlsx.Open(bytes);
        var rows = RowsWithRefs(xlsx, "Positions").ToList();
        Assert.True(rows.Count > 100, $"only {rows.Count} positions");
        var empty = rows.Where(r => r.Row.GetValueOrDefault("Speaker", string.Empty).Length == 0).ToList();
        Assert.True(empty.Count == 0, $"{empty.Count} of {rows.Count} rows name no speaker, e.g. {empty.Select(e => e.Row["Evidence"]).FirstOrDefault()}");

        var checkedTurns = 0;
        foreach (var (row, refs) in rows)
        {
            var note = xlsx.NoteOf("Positions", refs["Speaker"]) ?? string.Empty;
            Assert.Matches("^(Turn holder|Reported|Quoted|Author|Document's voice): ", note);
            var lines = File.ReadAllLines(Path.Combine(Corpus, week, row["Source"]));
            var line = int.Parse(row["Line"], System.Globalization.CultureInfo.InvariantCulture);
            // Traceable: the evidence is in the paragraph that starts at the line the row names.
            var paragraph = lines.Skip(line - 1).TakeWhile((l, i) => i == 0 || l.Trim().Length > 0).Take(80);
            var near = Regex.Replace(string.Join(" ", paragraph), @"\s+|\\", " ");
            var opening = string.Join(" ", row["Evidence"].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
            Assert.True(Regex.Replace(near, " +", " ").Contains(opening, StringComparison.Ordinal), $"{row["Source"]}:{line} does not hold “{opening}”");

            if (!note.StartsWith("Turn holder", StringComparison.Ordinal) || row["Speaker"] == "Reporter") continue;
            // The nearest speaker label above the evidence line ("MS. PSAKI:", "PRIME MINISTER SUGA:") names the speaker.
            var known = labels[row["Source"]];
            var label = lines.Take(line).Reverse().Select(l => Regex.Match(l, @"^([A-Z][A-Z .’'\-]+):")).First(m => m.Success && known.ContainsKey(m.Groups[1].Value.Trim())).Groups[1].Value.Trim();
            Assert.True(known[label] == row["Speaker"], $"{row["Source"]}:{line}: label {label} is {known[label]}, the row says {row["Speaker"]}");
            checkedTurns++;
        }
        Assert.True(checkedTurns > 20, $"only {checkedTurns} turn holders checked against their label");

        // Every Matrix cell's note names its source document and line, and the speaker.
        var files = transcripts.Select(t => Path.GetFileName(t.Source!)).ToList();
        var notes = xlsx.Sheet("Matrix").WorksheetCommentsPart!.Comments!.CommentList!.Elements<Comment>().Select(c => c.CommentText!.InnerText).ToList();
        Assert.True(notes.Count > 10, $"only {notes.Count} matrix notes");
        Assert.All(notes, note =>
        {
            Assert.Matches(@"\nSource: .+ — (.+) \(\d{4}-\d\d-\d\d, line \d+\)", note);
            Assert.Contains(Regex.Match(note, @"\nSource: .+ — (.+) \(").Groups[1].Value, files);
            Assert.Contains("\nSpeaker: ", note, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("week-2021-15", "President Biden emphasized the United States’ unwavering commitment to Ukraine", "Joe Biden")]
    [InlineData("week-2021-15", "On the issue of abduction, we reaffirmed", "Yoshihide Suga")]
    [InlineData("week-2021-15", "Mr. Sullivan reaffirmed the Biden-Harris administration", "Jake Sullivan")]
    [InlineData("week-2021-15", "Together, we oppose any unilateral action", "Joint statement (Joe Biden, Yoshihide Suga)")]
    [InlineData("week-2023-11", "Mr. Sullivan underscored the United States’ view", "Jake Sullivan")]
    [InlineData("week-2023-11", "The United States strongly condemns the Democratic People’s Republic of Korea", "Adrienne Watson")]
    [InlineData("week-2023-11", "Our nations are committed to further trilateral collaboration", "Joint statement (Australia, United Kingdom, United States)")]
    public async Task CorpusWeek_SpeakerOfAKnownSentence(string week, string evidenceStart, string speaker)
    {
        using var xlsx = Xlsx.Open(await WriteAsync(await ParseAsync(week)));

        var matches = xlsx.Rows("Positions").Where(r => r["Evidence"].StartsWith(evidenceStart, StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(matches);
        Assert.All(matches, r => Assert.Equal(speaker, r["Speaker"]));
    }
}
