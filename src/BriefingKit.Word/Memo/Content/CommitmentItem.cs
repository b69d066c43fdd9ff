// A commitment as listed in the memo, with where it was made.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed record CommitmentItem(IReadOnlyList<string> Actors, string Text, string? IssueName, Transcript Source, int Line);
