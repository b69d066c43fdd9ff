// Words that make up titles and honorifics ("Press Secretary", "Prime Minister", "Ms."),
// so a label or a mention can be split into a role and a name.
using System;
using System.Collections.Generic;
using System.Linq;

namespace BriefingKit.Analysis;

internal static class RoleWords
{
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Hon", "Honorable", "The", "Madam", "Mister", "Prof", "Professor", "Rev", "Reverend",
    };

    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice", "Prime", "Minister", "Secretary", "Press", "Deputy", "Principal", "Chancellor", "Ambassador", "Senator", "Sen",
        "Representative", "Rep", "Congressman", "Congresswoman", "General", "Gen", "Admiral", "Adm", "Foreign", "Spokesperson", "Spokesman",
        "Spokeswoman", "King", "Queen", "Prince", "Princess", "Crown", "Emir", "Governor", "Gov", "Mayor", "Chairman", "Chairwoman", "Chair",
        "Chairperson", "Director", "Advisor", "Adviser", "National", "Security", "State", "Leader", "Speaker", "Chief", "Justice",
        "Commissioner", "High", "Special", "Envoy", "Coordinator", "Assistant", "Senior", "Administration", "Official", "Officer",
        "Secretary-General", "Colonel", "Col", "Captain", "Capt", "Lieutenant", "Lt", "Major", "Maj", "Sergeant", "Defense", "Defence",
        "Treasury", "Attorney", "Administrator", "Member", "Ranking", "Majority", "Minority", "Whip", "Premier", "Pope", "Sheikh",
        "Council", "Acting", "Under", "First", "Lady", "Spokesperson's", "Counselor", "Counsellor", "Commerce", "Homeland", "Chargé",
        "Consul", "Delegate", "Permanent", "Agent", "Sultan", "Crown-Prince", "Foreign-Minister", "Federal", "Executive", "Staff",
        "Communications", "Strategic", "Intelligence", "Energy", "Health", "Education", "Labor", "Agriculture", "Interior",
        "Transportation", "Veterans", "Affairs", "Trade", "Economic", "Climate", "Cabinet", "Office", "Management", "Budget", "Policy", "Adjutant", "Marshal", "Air", "Field", "Brigadier", "Commander", "Vice-President", "NSC", "Of",
        "Head", "Taoiseach", "Tánaiste", "Cardinal", "Archbishop", "Bishop", "Rabbi", "Imam", "Ayatollah", "Supreme", "Director-General",
        "Judge", "Magistrate", "Detective", "Inspector", "Superintendent", "Sheriff", "Alderman", "Alderwoman", "Councilman", "Councilwoman",
        "Councillor", "Councilor", "Councilmember", "Alderperson", "Clerk", "Dean", "Provost", "Lord", "Baroness", "Baron", "Duke", "Duchess",
    };

    private static readonly Dictionary<string, string> Abbreviated = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Sen"] = "Senator", ["Sen."] = "Senator", ["Rep"] = "Representative", ["Rep."] = "Representative", ["Gen"] = "General", ["Gen."] = "General",
        ["Adm"] = "Admiral", ["Adm."] = "Admiral", ["Gov"] = "Governor", ["Gov."] = "Governor", ["Lt"] = "Lieutenant", ["Col"] = "Colonel", ["Capt"] = "Captain",
    };

    /// <summary>Writes abbreviated titles out: "Sen." → "Senator".</summary>
    public static string Expand(string role) =>
        string.Join(" ", role.Split(' ').Select(w => Abbreviated.TryGetValue(w, out var full) ? full : w));

    public static bool IsHonorific(string word) => Honorifics.Contains(word.TrimEnd('.'));

    public static bool IsRoleWord(string word)
    {
        var w = word.TrimEnd('.', ',');
        // "Ambassador-designate", "Vice-Chair": the title is the first part.
        var hyphen = w.IndexOf('-');
        return Titles.Contains(w) || IsHonorific(w) || (hyphen > 0 && Titles.Contains(w.Substring(0, hyphen)));
    }
}
