// How the memo points back into its inputs: "line 17" for one input, "[3] line 17" for
// several (the number is the entry under Sources), a time stamp when the recording has one.
using System;
using System.Globalization;
using System.Linq;
using BriefingKit.Word.Memo.Content;
using BriefingKit.Word.Memo.Internal;

namespace BriefingKit.Word.Memo.Sections;

internal static class SourceRefs
{
    public static int Number(MemoContext context, Transcript source) => IndexOf(context, source) + 1;

    public static string Where(MemoContext context, Transcript source, int line, TimeSpan? start = null)
    {
        var at = start is { } time ? "at " + time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : line > 0 ? "line " + line.ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (!context.Digest.Several) return at;
        var number = "[" + Number(context, source).ToString(CultureInfo.InvariantCulture) + "]";
        return at.Length == 0 ? number : number + " " + at;
    }

    /// <summary>
    /// A citation that can stand on its own on the memo's first screen: "line 17" for one input; for several,
    /// the Sources number with a short title, the date and kind of the document ("[3] Apr 14 readout, line 17").
    /// </summary>
    public static string Cite(MemoContext context, Transcript source, int line, TimeSpan? start = null)
    {
        var at = start is { } time ? "at " + time.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : line > 0 ? "line " + line.ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (!context.Digest.Several) return at;
        var title = "[" + Number(context, source).ToString(CultureInfo.InvariantCulture) + "] "
            + (source.Date is { } date ? MemoDigest.ShortDate(date) + " " : string.Empty) + Kind(source.Kind);
        return at.Length == 0 ? title : title + ", " + at;
    }

    /// <summary>"— Rex Tillerson, Secretary of State · line 5", or "— Readout, reporting … " when a text reports the words.</summary>
    public static string Attribution(MemoContext context, Evidence evidence)
    {
        var kind = Kind(evidence.Source.Kind);
        kind = char.ToUpperInvariant(kind[0]) + kind.Substring(1);
        var who = evidence.Speaker is null ? kind
            : evidence.Spoken ? Person(evidence.Speaker)
            : kind + ", reporting " + Person(evidence.Speaker);
        var where = Where(context, evidence.Source, evidence.Line, evidence.Start);
        return "\u2014 " + who + (where.Length > 0 ? " \u00B7 " + where : string.Empty);
    }

    public static string Kind(TranscriptKind kind) => kind switch
    {
        TranscriptKind.PressBriefing => "press briefing",
        TranscriptKind.PressConference => "press conference",
        TranscriptKind.Readout => "readout",
        TranscriptKind.Statement => "statement",
        TranscriptKind.Speech => "remarks",
        TranscriptKind.Hearing => "hearing",
        TranscriptKind.Meeting => "meeting",
        TranscriptKind.Interview => "interview",
        _ => "source text",
    };

    public static string Person(Speaker speaker)
    {
        var name = Blocks.Clean(speaker.Name);
        var role = Blocks.Clean(speaker.Role);
        if (role.Length == 0 || string.Equals(role, name, StringComparison.OrdinalIgnoreCase)) return name;
        return name + ", " + role;
    }

    private static int IndexOf(MemoContext context, Transcript source)
    {
        var sources = context.Digest.Sources;
        for (var i = 0; i < sources.Count; i++) if (ReferenceEquals(sources[i], source)) return i;
        return sources.ToList().IndexOf(source);
    }
}
