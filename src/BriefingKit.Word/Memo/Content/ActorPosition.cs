// An actor's stances on one issue across every input, and the evidence chosen to show.
using System.Collections.Generic;

namespace BriefingKit.Word.Memo.Content;

internal sealed record ActorPosition(string Actor, IReadOnlyList<Stance> Stances, Stance Net, int Count, IReadOnlyList<Evidence> Evidence);
