// Text outside any speaker's turn (a prose document, or the lines before the first label):
// the title, a dateline, short headings and place lines become metadata or annotations;
// real paragraphs become unattributed turns.
namespace BriefingKit.Reading.Text.Internal;

internal static class LooseParagraphs
{
    private const int MaxTitleWords = 25;
    private const int MaxHeadingWords = 8;

    public static void Add(TranscriptDraft draft, string text, int line, bool singleLine)
    {
        if (Datelines.IsDateLine(text))
        {
            draft.Date ??= Datelines.Find(text);
            draft.Annotations.Add(new Annotation(text, line));
            return;
        }

        var words = TextLines.WordCount(text);
        var unpunctuated = !TextLines.EndsSentence(text);
        if (draft.Title is null && draft.Turns.Count == 0 && singleLine && unpunctuated && words <= MaxTitleWords)
        {
            draft.Title = text;
            return;
        }

        if (singleLine && unpunctuated && words <= MaxHeadingWords)
        {
            draft.Annotations.Add(new Annotation(text, line));
            return;
        }

        draft.Turns.Add(new Turn(text) { Line = line });
    }
}
