// The officials of one affiliation, for the Participants section.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed record ParticipantGroup(string Affiliation, IReadOnlyList<Speaker> Officials);
