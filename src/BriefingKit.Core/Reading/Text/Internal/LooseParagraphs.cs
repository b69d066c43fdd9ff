// Text outside any speaker's turn (a prose document, or the lines before the first label):
// the title, a dateline, short headings and place lines become metadata or annotations;
// real paragraphs become unattributed turns.
namespace BriefingKit.Reading.Text.Internal;

internal static class LooseParagraphs
{
    private const int MaxTitleWords = 25;
    private const int MaxHeadingWords = 8;

    private const int MaxTitleLines = 3;

    /// <summary>
    /// A single line in capitals that does not end a sentence ("STATEMENT OF SENATOR JAMES M. INHOFE" between two
    /// turns of a hearing): a heading, even inside a speaker's turn and however many words it has.
    /// </summary>
    public static bool IsCapitalsHeading(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 4 && TextLines.WordCount(text) >= 2 && TextLines.WordCount(text) <= 25 && !TextLines.EndsSentence(text);
    }

    /// <summary>A line marked as a heading: the title when it comes first, else an annotation.</summary>
    public static void AddHeading(TranscriptDraft draft, string text, int line)
    {
        if (text.Length == 0) return;
        if (draft.Title is null && draft.Turns.Count == 0 && draft.Speakers.Count == 0) draft.Title = text;
        else draft.Annotations.Add(new Annotation(text, line));
    }

    /// <summary>
    /// Files one paragraph of <paramref name="lineCount"/> lines. With <paramref name="header"/> the
    /// paragraph comes before the first speaker label of a labelled transcript, where a short line is a
    /// place or heading even when it ends with a full stop ("Washington, DC.").
    /// </summary>
    public static void Add(TranscriptDraft draft, string text, int line, int lineCount, bool header, int[]? lineOffsets = null)
    {
        var singleLine = lineCount == 1;
        if (Datelines.IsDateLine(text))
        {
            draft.Date ??= Datelines.Find(text);
            draft.Annotations.Add(new Annotation(text, line));
            return;
        }

        var words = TextLines.WordCount(text);
        var unpunctuated = !TextLines.EndsSentence(text);
        // A title may be hard-wrapped over a few lines.
        if (draft.Title is null && draft.Turns.Count == 0 && lineCount <= MaxTitleLines && unpunctuated && words <= MaxTitleWords)
        {
            draft.Title = text;
            return;
        }

        if (singleLine && (unpunctuated || header) && words <= MaxHeadingWords)
        {
            draft.Annotations.Add(new Annotation(text, line));
            return;
        }

        draft.Turns.Add(new Turn(text) { Line = line, LineStarts = lineCount > 1 && lineOffsets is not null ? lineOffsets.ToValueList() : null });
    }
}
