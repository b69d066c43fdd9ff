namespace BriefingKit;

/// <summary>The four families of <see cref="Stance"/> that memos and matrices colour and compare by.</summary>
public enum StanceGroup
{
    /// <summary><see cref="Stance.Agree"/>, <see cref="Stance.Support"/>, <see cref="Stance.Commit"/>.</summary>
    Cooperative,
    /// <summary><see cref="Stance.Propose"/>, <see cref="Stance.Urge"/>.</summary>
    Appeal,
    /// <summary><see cref="Stance.Concern"/>, <see cref="Stance.Disagree"/>, <see cref="Stance.Reject"/>, <see cref="Stance.Criticize"/>.</summary>
    Conflict,
    /// <summary><see cref="Stance.Reiterate"/>, <see cref="Stance.Discuss"/>.</summary>
    Statement,
}

/// <summary>Groups and plain words for stances, shared by every output so a memo and a matrix say the same thing.</summary>
public static partial class Stances
{
    /// <summary>The family a stance belongs to (SPEC §4).</summary>
    public static StanceGroup GroupOf(Stance stance) => stance switch
    {
        Stance.Agree or Stance.Support or Stance.Commit => StanceGroup.Cooperative,
        Stance.Propose or Stance.Urge => StanceGroup.Appeal,
        Stance.Concern or Stance.Disagree or Stance.Reject or Stance.Criticize => StanceGroup.Conflict,
        _ => StanceGroup.Statement,
    };

    /// <summary>The stance as a word for a table cell: "agrees", "supports", "urges", "rejects" …</summary>
    public static string Word(Stance stance) => stance switch
    {
        Stance.Agree => "agrees",
        Stance.Support => "supports",
        Stance.Commit => "commits",
        Stance.Propose => "proposes",
        Stance.Urge => "urges",
        Stance.Concern => "concerned",
        Stance.Disagree => "disagrees",
        Stance.Reject => "rejects",
        Stance.Criticize => "criticizes",
        Stance.Reiterate => "reiterates",
        _ => "discusses",
    };

    /// <summary>The camelCase name used in JSON and in drop-downs ("agree", "criticize" …).</summary>
    public static string Name(Stance stance)
    {
        var name = stance.ToString();
        return char.ToLowerInvariant(name[0]) + name.Substring(1);
    }

    /// <summary>Reads a stance from its JSON name or its word, ignoring case; false when it is neither.</summary>
    public static bool TryParse(string? text, out Stance stance)
    {
        stance = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var trimmed = text!.Trim();
        foreach (Stance candidate in System.Enum.GetValues(typeof(Stance)))
        {
            if (string.Equals(Name(candidate), trimmed, System.StringComparison.OrdinalIgnoreCase)
                || string.Equals(Word(candidate), trimmed, System.StringComparison.OrdinalIgnoreCase))
            {
                stance = candidate;
                return true;
            }
        }
        return false;
    }
}
