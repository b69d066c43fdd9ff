// Splits turn text into sentences without being fooled by "U.S.", "Mr.", initials
// ("Joseph R. Biden"), ellipses or closing quotation marks after the full stop.
using System;
using System.Collections.Generic;

namespace BriefingKit.Analysis;

internal static class SentenceSplitter
{
    // Words that end with a full stop without ending a sentence (templates/abbreviations.json, embedded).
    private static readonly Lazy<HashSet<string>> Abbreviations = new(() => DataFiles.BuiltIn("abbreviations.json", "abbreviation list", "{\"abbreviations\": [...]}",
        root => new HashSet<string>(JsonLists.Required(root, "abbreviations"), StringComparer.OrdinalIgnoreCase)));

    // AnalysisDocument splits a transcript once and shares the sentences with every analyzer.
    public static IReadOnlyList<Sentence> Split(Transcript transcript)
    {
        var sentences = new List<Sentence>();
        for (var t = 0; t < transcript.Turns.Count; t++) sentences.AddRange(Split(transcript.Turns[t], t));
        return sentences;
    }

    public static IEnumerable<Sentence> Split(Turn turn, int turnIndex)
    {
        var text = turn.Text;
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var paragraphBreak = i < text.Length - 1 && text[i] == '\n' && text[i + 1] == '\n';
            if (i == text.Length || paragraphBreak || EndsSentenceAt(text, i))
            {
                var end = i == text.Length || paragraphBreak ? i : EndOfClosers(text, i);
                var sentence = text.Substring(start, end - start).Trim();
                if (sentence.Length > 0) yield return new Sentence(sentence, turnIndex, start, LineOf(turn, paragraph, FirstNonSpace(text, start)), paragraph);
                if (paragraphBreak)
                {
                    paragraph++;
                    i++;
                }
                start = end;
                i = Math.Max(i, end - 1);
            }
        }
    }

    // The line the sentence starts on where the reader traced wrapped lines, else its paragraph's line.
    private static int LineOf(Turn turn, int paragraph, int offset) =>
        turn.LineStarts is not null ? turn.LineAt(offset)
        : turn.ParagraphLines is { } lines && paragraph < lines.Count ? lines[paragraph] : turn.Line;

    private static int FirstNonSpace(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    /// <summary>Whether the punctuation at <paramref name="i"/> ends a sentence.</summary>
    private static bool EndsSentenceAt(string text, int i)
    {
        var c = text[i];
        if (c != '.' && c != '!' && c != '?') return false;
        var next = EndOfClosers(text, i);
        if (next >= text.Length) return false; // the end of the text ends the sentence anyway
        if (!char.IsWhiteSpace(text[next])) return false;
        var j = next;
        while (j < text.Length && text[j] == ' ') j++;
        if (j >= text.Length) return false;
        var following = text[j];
        if (!(char.IsUpper(following) || char.IsDigit(following) || following is '“' or '"' or '‘' or '(' or '[' or '—' or '•')) return false;
        if (c != '.') return true;

        // A full stop after an abbreviation or an initial does not end the sentence.
        var wordStart = i;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        var word = text.Substring(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0])) return false;
        // "in the 1990s." or "on the 21st.": letters glued to a number are its suffix, not an abbreviation.
        if (wordStart > 0 && char.IsDigit(text[wordStart - 1])) return true;
        if (i > 0 && text[i - 1] == '.') return true; // an ellipsis "..." before a capital
        return !Abbreviations.Value.Contains(word);
    }

    private static int EndOfClosers(string text, int i)
    {
        var j = i + 1;
        while (j < text.Length && (text[j] is '”' or '"' or '’' or '\'' or ')' or ']' or '.' or '!' or '?')) j++;
        return j;
    }
}
