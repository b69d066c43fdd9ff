using System.Linq;
using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis;

public sealed class PersonMentionFinderTests
{
    private static readonly PersonMentionFinder Finder = new(ActorDirectory.Default, PeopleDirectory.Default);

    [Theory]
    [InlineData("U.S. Secretary of State Rex Tillerson met him.", "Rex Tillerson", "Secretary of State", "United States")]
    [InlineData("He spoke to Syrian President Bashar al-Assad today.", "Bashar al-Assad", "President", "Syria")]
    [InlineData("Remarks by Prime Minister Suga of Japan at the event.", "Suga", "Prime Minister", "Japan")]
    [InlineData("Later, Mr. Lavrov replied.", "Lavrov", null, null)]
    public void Find_TitledName_SplitsRoleNameAndAffiliation(string sentence, string name, string? role, string? affiliation)
    {
        var mention = Assert.Single(Finder.Find(sentence));
        Assert.Equal((name, role, affiliation), (mention.Name, mention.Role, mention.Affiliation));
    }

    [Theory]
    [InlineData("The Security Consultative Committee met in Tokyo.")]
    [InlineData("The United States believes in the mechanism.")]
    [InlineData("Rex Tillerson arrived.")] // no title: could be anything
    public void Find_NotATitledPerson_FindsNothing(string sentence) => Assert.Empty(Finder.Find(sentence));
}
