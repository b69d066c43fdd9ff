// The content-control tags a memo template may hold. Public so template authors and tests can name them;
// properties, not public consts, so a later package's tags are what callers get (a const is copied into
// the caller when it is compiled). The code here switches on them, which needs the consts of TagNames.
namespace BriefingKit.Word;

/// <summary>
/// Tags of the content controls (Developer ▸ Controls ▸ Properties ▸ Tag) that <see cref="IMemoWriter"/> fills in a
/// template. Each may appear any number of times, in the body, header or footer.
/// </summary>
public static class ContentControlTags
{
    /// <summary>The TO line: <c>bk:to</c>.</summary>
    public static string To => TagNames.To;

    /// <summary>The FROM line: <c>bk:from</c>.</summary>
    public static string From => TagNames.From;

    /// <summary>The memo date: <c>bk:date</c>.</summary>
    public static string Date => TagNames.Date;

    /// <summary>The subject: <c>bk:subject</c>.</summary>
    public static string Subject => TagNames.Subject;

    /// <summary>The classification marking (<c>bk:classification</c>); emptied (or removed, for a block in the body) when there is none.</summary>
    public static string Classification => TagNames.Classification;

    /// <summary>Where the memo body goes (<c>bk:body</c>, a block control); without it the body follows the template's content.</summary>
    public static string Body => TagNames.Body;
}

/// <summary>The tags of <see cref="ContentControlTags"/> as constants, for switches inside this library.</summary>
internal static class TagNames
{
    public const string To = "bk:to";
    public const string From = "bk:from";
    public const string Date = "bk:date";
    public const string Subject = "bk:subject";
    public const string Classification = "bk:classification";
    public const string Body = "bk:body";
}
