// The MEMORANDUM block's values, with their defaults resolved once.
using System;
using System.Globalization;
using System.Linq;
using BriefingKit.Word.Memo.Content;

namespace BriefingKit.Word.Memo.Internal;

internal sealed record MemoFields(string To, string From, string Date, string Subject, string? Classification, string Author)
{
    public static MemoFields Resolve(MemoOptions options, MemoDigest digest)
    {
        var from = Blocks.Clean(options.From);
        if (from.Length == 0) from = Blocks.Clean(options.Author);
        if (from.Length == 0) from = "Policy analysis";
        var to = Blocks.Clean(options.To);
        if (to.Length == 0) to = "Principal";
        var date = options.Date ?? digest.LastDate ?? DateTime.Today;
        var subject = Blocks.Clean(options.Subject);
        if (subject.Length == 0) subject = DefaultSubject(digest);
        var classification = Blocks.Clean(options.Classification);
        var author = Blocks.Clean(options.Author);
        if (author.Length == 0) author = Blocks.Clean(options.From);
        if (author.Length == 0) author = "BriefingKit";
        return new MemoFields(to, from, MemoDigest.FormatDate(date), subject, classification.Length == 0 ? null : classification, author);
    }

    private static string DefaultSubject(MemoDigest digest)
    {
        if (!digest.Several)
        {
            var title = Blocks.Clean(digest.Sources[0].Title);
            return title.Length > 0 ? title : "Briefing";
        }
        var issues = digest.Issues.Take(3).Select(i => i.Name).ToList();
        var span = digest.FirstDate is { } first && digest.LastDate is { } last
            ? (first.Date == last.Date ? MemoDigest.FormatDate(first)
               : first.Year == last.Year && first.Month == last.Month ? first.ToString("MMMM d", CultureInfo.InvariantCulture) + "\u2013" + last.ToString("d, yyyy", CultureInfo.InvariantCulture)
               : MemoDigest.ShortDate(first) + (first.Year == last.Year ? string.Empty : ", " + first.Year) + " \u2013 " + MemoDigest.FormatDate(last))
            : $"{digest.Sources.Count} sources";
        return span + (issues.Count > 0 ? ": " + Blocks.JoinAnd(issues) : string.Empty);
    }
}
