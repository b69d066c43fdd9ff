// Whose words a sentence is, so the memo quotes under an actor only what comes from that actor's
// side: "Japan — commits" must not be evidenced by the U.S. President's words about India.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using BriefingKit.Analysis;

namespace BriefingKit.Word.Memo.Content;

internal static class EvidenceSide
{
    /// <summary>
    /// True when the position's evidence is the actor's own: spoken by one of the actor's people; or naming the
    /// actor ("Japan and the United States are committed …", said by the U.S. President, counts for Japan); or
    /// narration (a readout's "they agreed to work on Yemen …") that names no other party to the event. Words
    /// spoken by another side's person that do not name the actor are that side's, as is narration naming
    /// only other parties ("President Biden reaffirmed …" is not Australia's).
    /// </summary>
    public static bool IsOwn(Transcript transcript, Position position, ActorDirectory actors)
    {
        var text = position.Evidence;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var holder = transcript.FindSpeaker(transcript.TurnAtLine(position.Line)?.Speaker);
        if (holder?.Affiliation is { } side && Same(side, position.Actor)) return true;
        var named = NamedActors(transcript, text!, actors);
        if (named.Contains(position.Actor)) return true;
        if (holder is not null && holder.Kind != SpeakerKind.Press && !string.IsNullOrWhiteSpace(holder.Affiliation)) return false;
        // Narration: only the event's parties (actors holding positions in it) can be its subject; a place
        // or third country it mentions ("a ceasefire in Yemen") is a topic.
        return !transcript.Positions.Any(p => p.Actor != position.Actor && named.Contains(p.Actor));
    }

    /// <summary>
    /// The actors a sentence names: by name, alias or adjective ("U.S.", "Russian"), or through one of the
    /// transcript's people with an affiliation ("Lavrov" names Russia).
    /// </summary>
    public static HashSet<string> NamedActors(Transcript transcript, string text, ActorDirectory actors)
    {
        var named = new HashSet<string>(actors.Find(text).Select(m => m.Actor), StringComparer.Ordinal);
        foreach (var speaker in transcript.Speakers)
        {
            if (string.IsNullOrWhiteSpace(speaker.Affiliation) || speaker.Kind == SpeakerKind.Press) continue;
            if (NamesPerson(text, speaker)) named.Add(speaker.Affiliation!);
        }
        return named;
    }

    /// <summary>Whether the text names the person: the full name or the surname as a whole word.</summary>
    public static bool NamesPerson(string text, Speaker speaker)
    {
        var name = speaker.Name.Trim();
        if (name.Length == 0) return false;
        if (ContainsWord(text, name)) return true;
        var parts = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        // A one-word label ("Moderator") or a generic role is no surname.
        return parts.Length > 1 && parts[parts.Length - 1].Length > 2 && char.IsUpper(parts[parts.Length - 1][0]) && ContainsWord(text, parts[parts.Length - 1]);
    }

    /// <summary>
    /// The person a narrated sentence reports: the first person it names right before a reporting verb
    /// ("Mr. Tillerson said he and Mr. Lavrov believe …" reports Tillerson, not Lavrov), or null.
    /// </summary>
    public static Speaker? Reporter(Transcript transcript, string text)
    {
        Speaker? found = null;
        var at = int.MaxValue;
        foreach (var speaker in transcript.Speakers)
        {
            if (speaker.Kind == SpeakerKind.Press) continue;
            foreach (var name in NameForms(speaker))
            {
                for (var i = IndexOfWord(text, name, 0); i >= 0 && i < at; i = IndexOfWord(text, name, i + 1))
                {
                    if (!ReportingVerb.Value.IsMatch(text.Substring(i + name.Length))) continue;
                    found = speaker;
                    at = i;
                    break;
                }
            }
        }
        return found;
    }

    private static readonly Lazy<Regex> ReportingVerb = new(() =>
        new Regex(@"^[\s,]*(?:" + ReportingVerbs.Default.Any + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static IEnumerable<string> NameForms(Speaker speaker)
    {
        var name = speaker.Name.Trim();
        if (name.Length == 0) yield break;
        yield return name;
        var parts = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1 && parts[parts.Length - 1].Length > 2 && char.IsUpper(parts[parts.Length - 1][0])) yield return parts[parts.Length - 1];
    }


    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool ContainsWord(string text, string word) => IndexOfWord(text, word, 0) >= 0;

    private static int IndexOfWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after) return at;
        }
        return -1;
    }
}
