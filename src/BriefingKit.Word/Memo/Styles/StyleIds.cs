// The style ids the memo uses. Built-in Word styles keep Word's ids and names (so the
// navigation pane, a table of contents and "Apply styles" recognise them).
namespace BriefingKit.Word.Memo.Styles;

internal static class StyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Quote = "Quote";
    public const string ListBullet = "ListBullet";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableNormal = "TableNormal";
    public const string Table = "BriefingKitTable";
    public const string Classification = "BriefingKitClassification";
    public const string QuoteSource = "BriefingKitQuoteSource";
    public const string Stance = "BriefingKitStance";
    public const string MemoField = "BriefingKitMemoField";
}
