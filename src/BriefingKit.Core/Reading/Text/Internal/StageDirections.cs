// Stage directions and other annotations: "(Laughter.)", "(As interpreted.)", "[Whereupon …]",
// time marks "5:05 P.M. EDT", end marks "###". They are kept as annotations, out of the speech.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingKit.Reading.Text.Internal;

internal static partial class StageDirections
{
#if NET7_0_OR_GREATER
    // Source-generated below: compiled when BriefingKit is built, not when a pattern is first used.
    private const RegexOptions Options = RegexOptions.CultureInvariant;
#else
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
#endif
#if !NET7_0_OR_GREATER
    private static readonly TimeSpan Timeout = RegexLimits.Timeout;
#endif

    // Openings of parenthesised or bracketed text that describe the room rather than speech.
    private static readonly string[] Openings =
    {
        "laughter", "laughs", "laughing", "applause", "inaudible", "unintelligible", "indiscernible", "crosstalk", "cross-talk",
        "cross talk", "as interpreted", "interpreted", "interpretation", "through an interpreter", "through interpreter",
        "via interpreter", "via an interpreter", "speaks in", "spoke in", "speaking in", "in english", "in russian",
        "in french", "in spanish", "in chinese", "in japanese", "in korean", "in arabic", "in ukrainian", "in german",
        "pause", "pauses", "silence", "music", "audio", "video", "break", "recess", "off mic", "off-mic", "off microphone",
        "off-microphone", "off mike", "off-mike", "interruption", "applauds", "applauding",
        "technical difficult", "coughs", "chuckles", "sighs", "gavel", "whereupon", "no response", "phone rings", "beep",
        "blank_audio", "blank audio", "noise", "background noise", "static", "audio gap", "audio cuts out", "end of transcript",
        "redacted", "recording", "simultaneous", "translation", "translated", "interpreter", "multiple speakers", "overlapping",
    };

#if NET7_0_OR_GREATER
    private static readonly Regex Inline = InlinePattern();

    [GeneratedRegex(@"\((?<p>[^()\n]{1,80})\)|\[(?<b>[^\[\]\n]{1,400})\]", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex InlinePattern();
#else
    private static readonly Regex Inline = new(@"\((?<p>[^()\n]{1,80})\)|\[(?<b>[^\[\]\n]{1,400})\]", Options, Timeout);
#endif

    // "5:05 P.M. EDT", "12:52 p.m.", "END 5:33 P.M. EDT", "11:02 A.M. (Local)".
#if NET7_0_OR_GREATER
    private static readonly Regex TimeMark = TimeMarkPattern();

    [GeneratedRegex(@"^(?:END\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?(?:\s*\([^()]{1,20}\))?\.?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex TimeMarkPattern();
#else
    private static readonly Regex TimeMark = new(
        @"^(?:END\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,5})?(?:\s*\([^()]{1,20}\))?\.?$", Options, Timeout);
#endif

    // Records of procedure in verbatim records, hearings and briefings: "The meeting rose at 1.15 p.m.",
    // "The committee met, pursuant to notice, at 9:30 a.m. …", "The briefing was concluded at 2:59 p.m.",
    // "The agenda was adopted."
#if NET7_0_OR_GREATER
    private static readonly Regex Procedural = ProceduralPattern();

    [GeneratedRegex(@"^(?:The\s+)?(?:(?:Security\s+)?Council|meeting|hearing|(?:press\s+)?briefing|(?:press\s+|news\s+)?conference|session|(?:sub)?committee|call|sitting|gaggle|teleconference)\s+(?:was\s+|is\s+)?(?:met|called\s+to\s+order|rose|adjourned|suspended|resumed|concluded|ended|recessed|reconvened|closed)\b"
        + @"|^The\s+agenda\s+was\s+adopted\.?$", Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ProceduralPattern();
#else
    private static readonly Regex Procedural = new(
        @"^(?:The\s+)?(?:(?:Security\s+)?Council|meeting|hearing|(?:press\s+)?briefing|(?:press\s+|news\s+)?conference|session|(?:sub)?committee|call|sitting|gaggle|teleconference)\s+(?:was\s+|is\s+)?(?:met|called\s+to\s+order|rose|adjourned|suspended|resumed|concluded|ended|recessed|reconvened|closed)\b"
        + @"|^The\s+agenda\s+was\s+adopted\.?$",
        Options | RegexOptions.IgnoreCase, Timeout);
#endif

#if NET7_0_OR_GREATER
    private static readonly Regex ClockTime = ClockTimePattern();

    [GeneratedRegex(@"\b\d{1,2}[.:]\d{2}\s*[AaPp]\.?\s?[Mm]\b|\bnoon\b|^The\s+agenda\b", Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ClockTimePattern();
#else
    private static readonly Regex ClockTime = new(@"\b\d{1,2}[.:]\d{2}\s*[AaPp]\.?\s?[Mm]\b|\bnoon\b|^The\s+agenda\b", Options | RegexOptions.IgnoreCase, Timeout);
#endif

    // The credit line transcription services add at the end: "Transcribed by https://otter.ai".
#if NET7_0_OR_GREATER
    private static readonly Regex Credit = CreditPattern();

    [GeneratedRegex(@"^Transcribed\s+by\s+(?:https?://\S+|[\w-]+(?:\.[\w-]+)+)$", Options | RegexOptions.IgnoreCase, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex CreditPattern();
#else
    private static readonly Regex Credit = new(@"^Transcribed\s+by\s+(?:https?://\S+|[\w-]+(?:\.[\w-]+)+)$", Options | RegexOptions.IgnoreCase, Timeout);
#endif

    // A clock time alone ("2:30 p.m."): a time mark, unless it finishes a wrapped sentence.
#if NET7_0_OR_GREATER
    private static readonly Regex BareTime = BareTimePattern();

    [GeneratedRegex(@"^\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex BareTimePattern();
#else
    private static readonly Regex BareTime = new(@"^\d{1,2}:\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?$", Options, Timeout);
#endif

#if NET7_0_OR_GREATER
    private static readonly Regex EndMark = EndMarkPattern();

    [GeneratedRegex(@"^(?:#(?:[ ]?#){2,}|\*\s*\*\s*\*|-{3,}|—{2,}|_{3,}|END|END OF (?:TRANSCRIPT|BRIEFING)|\[END\]|\(END\)|-END-|- END -)$", Options, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex EndMarkPattern();
#else
    private static readonly Regex EndMark = new(@"^(?:#(?:[ ]?#){2,}|\*\s*\*\s*\*|-{3,}|—{2,}|_{3,}|END|END OF (?:TRANSCRIPT|BRIEFING)|\[END\]|\(END\)|-END-|- END -)$", Options, Timeout);
#endif

    /// <summary>Whether the text inside parentheses or brackets describes the room, not speech.</summary>
    public static bool IsStageDirection(string inner)
    {
        var text = inner.Trim().TrimEnd('.', ' ').ToLowerInvariant();
        if (text.Length == 0) return false;
        if (MayBeProcedural(text[0]) && Procedural.IsMatch(text)) return true;
        foreach (var opening in Openings)
        {
            if (!text.StartsWith(opening, StringComparison.Ordinal)) continue;
            if (text.Length == opening.Length || !char.IsLetter(text[opening.Length])) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a whole line is an annotation: a time mark, an end mark, a transcription credit, a stage
    /// direction by itself, or an editorial note in square brackets by itself (<c>[Senate Hearing 117-250]</c>;
    /// square brackets inside speech, <c>[in Syria]</c>, are kept as part of it).
    /// </summary>
    public static bool IsAnnotationLine(string trimmed)
    {
        if (trimmed.Length == 0 || trimmed.Length > 200) return false;
        // Each pattern is anchored at the start, so its first character decides whether it can match:
        // a line of speech is turned away before any pattern runs.
        var first = trimmed[0];
        if ((first == 'E' || char.IsDigit(first)) && TimeMark.IsMatch(trimmed)) return true;
        if (first is '#' or '*' or '-' or '\u2014' or '_' or 'E' or '[' or '(' && EndMark.IsMatch(trimmed)) return true;
        if ((first is 'T' or 't' || first > '\u007F') && Credit.IsMatch(trimmed)) return true;
        if (first is not ('(' or '[')) return false;
        var match = Inline.Match(trimmed);
        return match.Success && match.Index == 0 && match.Length == trimmed.Length && (match.Groups["b"].Success || IsStageDirection(Inner(match)));
    }

    /// <summary>
    /// Whether a line whose first character (white space aside) is <paramref name="first"/> may be an annotation
    /// (<see cref="IsAnnotationLine"/>) or open a note (<see cref="OpensMultiLineNote"/>): what each pattern can start with.
    /// </summary>
    public static bool MayStartAnnotation(char first) =>
        first is 'E' or '#' or '*' or '-' or '\u2014' or '_' or '[' or '(' or 'T' or 't' || first > '\u007F' || char.IsDigit(first);

    /// <summary>
    /// Whether a whole paragraph, not in brackets, records procedure rather than speech ("The meeting
    /// rose at 1.15 p.m."). It must name a clock time (or be the agenda's adoption), so a speaker's
    /// "The meeting ended with an agreement…" stays speech.
    /// </summary>
    public static bool IsProceduralNote(string paragraph) =>
        paragraph.Length is > 0 and <= 300 && MayBeProcedural(paragraph[0]) && Procedural.IsMatch(paragraph) && ClockTime.IsMatch(paragraph);

    // The first letters Procedural's words can start with (any case; other scripts are left to the pattern,
    // whose case-insensitive matching may know letters these do not).
    private static bool MayBeProcedural(char first) =>
        first > '\u007F' || (char.ToLowerInvariant(first) is 't' or 's' or 'c' or 'm' or 'h' or 'p' or 'b' or 'n' or 'g');

    /// <summary>
    /// Whether an annotation line is really the end of the sentence the previous line left open:
    /// "…in the Rose Garden tomorrow at" + "2:30 p.m." is speech, while "12:52 P.M. EDT" or
    /// "END 1:40 P.M. EDT" (with a zone or an end word) is always a time mark.
    /// </summary>
    public static bool ContinuesSentence(string trimmed, string? previousLine) =>
        previousLine is not null && previousLine.Trim().Length > 0 && !TextLines.EndsSentence(previousLine.TrimEnd())
        && BareTime.IsMatch(trimmed);

    /// <summary>
    /// Removes stage directions from speech, returning the cleaned text and what was removed,
    /// each with its character index in <paramref name="text"/> (so its line can be found).
    /// </summary>
    public static string Remove(string text, List<(string Text, int Index)> removed)
    {
        if (text.IndexOf('(') < 0 && text.IndexOf('[') < 0) return text;
        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (Match match in Inline.Matches(text))
        {
            if (match.Index < position || !IsStageDirection(Inner(match))) continue;
            builder.Append(text, position, match.Index - position).Append(' ');
            removed.Add((match.Value, match.Index));
            position = match.Index + match.Length;
            // "not a question — (laughs) — recognize someone": the aside's two dashes become one.
            if (DashAtEnd(builder) is { } dash) position = SkipDash(text, position, dash);
        }
        return builder.Append(text, position, text.Length - position).ToString();
    }

    private static readonly string[] Dashes = { "\u2014", "\u2013", "--" };

    private static string? DashAtEnd(StringBuilder builder)
    {
        var end = builder.Length;
        while (end > 0 && char.IsWhiteSpace(builder[end - 1])) end--;
        foreach (var dash in Dashes)
        {
            var start = end - dash.Length;
            if (start < 0 || builder.ToString(start, dash.Length) != dash) continue;
            if (start == 0 || char.IsWhiteSpace(builder[start - 1])) return dash;
        }
        return null;
    }

    private static int SkipDash(string text, int position, string dash)
    {
        var i = position;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (string.CompareOrdinal(text, i, dash, 0, dash.Length) != 0) return position;
        var after = i + dash.Length;
        return after == text.Length || char.IsWhiteSpace(text[after]) ? after : position;
    }

    private static string Inner(Match match) => match.Groups["p"].Success ? match.Groups["p"].Value : match.Groups["b"].Value;

    /// <summary>Whether a line opens a bracketed note that runs over several lines (<c>[Whereupon, at 11:52 a.m., …</c>).</summary>
    public static bool OpensMultiLineNote(string trimmed) =>
        (trimmed.StartsWith("[", StringComparison.Ordinal) && trimmed.IndexOf(']') < 0 && IsStageDirection(trimmed.Substring(1)))
        || (trimmed.StartsWith("(", StringComparison.Ordinal) && trimmed.IndexOf(')') < 0 && IsStageDirection(trimmed.Substring(1)));

    public static bool ClosesMultiLineNote(string trimmed) => trimmed.IndexOf(']') >= 0 || trimmed.IndexOf(')') >= 0;

    internal static IEnumerable<string> KnownOpenings => Openings.AsEnumerable();
}
