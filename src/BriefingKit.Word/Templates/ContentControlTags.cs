// The content-control tags a memo template may hold. Public so template authors and tests can name them.
namespace BriefingKit.Word;

/// <summary>
/// Tags of the content controls (Developer ▸ Controls ▸ Properties ▸ Tag) that <see cref="IMemoWriter"/> fills in a
/// template. Each may appear any number of times, in the body, header or footer.
/// </summary>
public static class ContentControlTags
{
    /// <summary>The TO line.</summary>
    public const string To = "bk:to";

    /// <summary>The FROM line.</summary>
    public const string From = "bk:from";

    /// <summary>The memo date.</summary>
    public const string Date = "bk:date";

    /// <summary>The subject.</summary>
    public const string Subject = "bk:subject";

    /// <summary>The classification marking; emptied (or removed, for a block in the body) when there is none.</summary>
    public const string Classification = "bk:classification";

    /// <summary>Where the memo body goes (a block control); without it the body follows the template's content.</summary>
    public const string Body = "bk:body";
}
