// The one rule for an actor's net stance on an issue, used by the memo's stance table and the
// matrix's cells, so both say the same for the same positions.
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit;

public static partial class Stances
{
    /// <summary>
    /// The stance to show for an actor on an issue. A substantive stance group (cooperative, appeal, conflict)
    /// wins over reiterating or discussing; among groups, the one most evidence sentences fall in (a sentence with
    /// two cues, "affirmed … support", counts once), ties to the most recent and then the stronger group
    /// (conflict, cooperative, appeal); within the group the most frequent stance, ties likewise.
    /// </summary>
    /// <param name="votes">The evidence; at least one.</param>
    /// <returns>The net stance.</returns>
    /// <exception cref="ArgumentException"><paramref name="votes"/> is empty.</exception>
    public static Stance Net(IEnumerable<StanceVote> votes)
    {
        if (votes is null) throw new ArgumentNullException(nameof(votes));
        var list = votes.ToList();
        if (list.Count == 0) throw new ArgumentException("a net stance needs at least one position", nameof(votes));
        var substantive = list.Where(v => GroupOf(v.Stance) != StanceGroup.Statement).ToList();
        var pool = substantive.Count > 0 ? substantive : list;
        var group = pool.GroupBy(v => GroupOf(v.Stance))
            .OrderByDescending(g => g.Select(v => v.Sentence).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(g => g.Max(v => v.Date ?? DateTime.MinValue))
            .ThenByDescending(g => Strength(g.Key))
            .First();
        return group.GroupBy(v => v.Stance)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(v => v.Date ?? DateTime.MinValue))
            .ThenByDescending(g => Strength(g.Key))
            .First().Key;
    }

    /// <summary>How strongly a group speaks, for ties: conflict, then cooperation, then appeal, then statement.</summary>
    internal static int Strength(StanceGroup group) => group switch
    {
        StanceGroup.Conflict => 3,
        StanceGroup.Cooperative => 2,
        StanceGroup.Appeal => 1,
        _ => 0,
    };

    /// <summary>
    /// How strongly a stance speaks, for ordering and breaking ties wherever stances compete (the net stance,
    /// a memo's digest, a matrix cell): rejecting is strongest, then criticising, disagreeing, concern, committing,
    /// agreeing, supporting, urging, proposing and reiterating; discussing is weakest.
    /// </summary>
    /// <param name="stance">The stance.</param>
    /// <returns>A rank from 1 (<see cref="Stance.Discuss"/>) to 11 (<see cref="Stance.Reject"/>); a stronger stance has a higher rank.</returns>
    public static int Strength(Stance stance) => stance switch
    {
        Stance.Reject => 11,
        Stance.Criticize => 10,
        Stance.Disagree => 9,
        Stance.Concern => 8,
        Stance.Commit => 7,
        Stance.Agree => 6,
        Stance.Support => 5,
        Stance.Urge => 4,
        Stance.Propose => 3,
        Stance.Reiterate => 2,
        _ => 1,
    };
}
