using BriefingKit.Analysis;

namespace BriefingKit.Tests.Analysis.Data;

public sealed class ActorDirectoryWebHostTests
{
    [Theory]
    [InlineData("https://www.whitehouse.gov/briefing-room/x", "United States")] // a host in the ".gov" domain
    [InlineData("https://www.gov.uk/government/news/x", "United Kingdom")]      // a subdomain of a listed host
    [InlineData("http://kremlin.ru/events/president/news/1", "Russia")]         // the host itself
    [InlineData("https://www.pm.gc.ca/en/news", "Canada")]
    [InlineData("https://example.org/gov/x", null)]                           // ".gov" in the path is not the host
    [InlineData("https://notkremlin.ru/x", null)]                             // a host merely ending in the same letters
    [InlineData("not a url", null)]
    [InlineData(null, null)]
    public void PublisherOf_ReadsTheActorsWebHosts(string? url, string? actor) =>
        Assert.Equal(actor, ActorDirectory.Default.PublisherOf(url));
}
