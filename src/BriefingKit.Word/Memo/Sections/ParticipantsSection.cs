// Participants: officials grouped by affiliation with their roles; the press and moderators
// in one sentence rather than one line per reporter.
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class ParticipantsSection : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        var digest = context.Digest;
        if (digest.Participants.Count == 0 && digest.Mentioned.Count == 0 && digest.PressEvents == 0 && digest.Moderators == 0) yield break;
        yield return Blocks.Para(StyleIds.Heading1, "Participants");
        var max = context.Options.MaxParticipants;
        foreach (var group in digest.Participants)
        {
            var people = Capped(group.Officials.Select(SourceRefs.Person).ToList(), max);
            yield return Blocks.Para(StyleIds.ListBullet, Blocks.Text(Blocks.Clean(group.Affiliation) + ": ", bold: true), Blocks.Text(people));
        }
        if (digest.Mentioned.Count > 0)
            yield return Blocks.Para(StyleIds.ListBullet, Blocks.Text("Also named: ", bold: true),
                Blocks.Text(Capped(digest.Mentioned.Select(m => SourceRefs.Person(m) + (string.IsNullOrWhiteSpace(m.Affiliation) ? string.Empty : " (" + Blocks.Clean(m.Affiliation) + ")")).ToList(), max)));
        var others = new List<string>();
        if (digest.PressEvents > 0)
        {
            var questions = digest.PressQuestions == 1 ? "1 question" : digest.PressQuestions.ToString(CultureInfo.InvariantCulture) + " questions";
            others.Add(digest.Several
                ? $"reporters put {questions} at {Count(digest.PressEvents, "event")}"
                : $"reporters put {questions}");
        }
        if (digest.Moderators > 0) others.Add(Count(digest.Moderators, "moderator") + " chaired");
        if (others.Count > 0)
        {
            var sentence = Blocks.JoinAnd(others);
            yield return Blocks.Para(StyleIds.ListBullet, Blocks.Text("Press: ", bold: true), Blocks.Text(char.ToUpperInvariant(sentence[0]) + sentence.Substring(1) + "."));
        }
    }

    // "A; B; C and 4,988 others": a meeting's thousands of caption labels must not fill pages.
    private static string Capped(IReadOnlyList<string> people, int max) =>
        people.Count <= max
            ? string.Join("; ", people)
            : string.Join("; ", people.Take(max)) + " and " + (people.Count - max).ToString("N0", CultureInfo.InvariantCulture) + (people.Count - max == 1 ? " other" : " others");

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
