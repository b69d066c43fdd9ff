// A sentence the memo already quotes, and the heading and entry it is quoted under, so a later
// section can point back to it instead of quoting it again.
namespace BriefingKit.Word.Memo.Content;

internal sealed record QuotedEarlier(Evidence Evidence, string Section, string Entry);
