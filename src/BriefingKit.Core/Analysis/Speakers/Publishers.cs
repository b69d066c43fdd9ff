// The government or organisation behind a publishing web site, for speakers the text
// leaves unattributed ("SENIOR ADMINISTRATION OFFICIAL" on whitehouse.gov is a U.S. official).
// The hosts are data: each actor's "webHosts" in templates/actors.json.
namespace BriefingKit.Analysis;

internal static class Publishers
{
    public static string? ActorOf(string? url) => ActorDirectory.Default.PublisherOf(url);
}
