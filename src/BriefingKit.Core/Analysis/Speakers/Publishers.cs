// The government or organisation behind a publishing web site, for speakers the text
// leaves unattributed ("SENIOR ADMINISTRATION OFFICIAL" on whitehouse.gov is a U.S. official).
using System;

namespace BriefingKit.Analysis;

internal static class Publishers
{
    private static readonly (string HostSuffix, string Actor)[] Hosts =
    {
        (".gov", "United States"), ("gov.uk", "United Kingdom"), ("kremlin.ru", "Russia"), ("mid.ru", "Russia"),
        ("fmprc.gov.cn", "China"), ("mofa.go.jp", "Japan"), ("kantei.go.jp", "Japan"), ("un.org", "United Nations"),
        ("nato.int", "NATO"), ("europa.eu", "European Union"), ("canada.ca", "Canada"), ("gc.ca", "Canada"),
        ("elysee.fr", "France"), ("diplomatie.gouv.fr", "France"), ("bundesregierung.de", "Germany"), ("auswaertiges-amt.de", "Germany"),
        ("president.gov.ua", "Ukraine"), ("mfa.gov.ua", "Ukraine"), ("korea.kr", "South Korea"), ("mofa.go.kr", "South Korea"),
        ("mea.gov.in", "India"), ("pm.gc.ca", "Canada"), ("pm.gov.au", "Australia"), ("dfat.gov.au", "Australia"),
    };

    public static string? ActorOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var host = uri.Host.ToLowerInvariant();
        foreach (var (suffix, actor) in Hosts)
            if (host == suffix.TrimStart('.') || host.EndsWith(suffix.StartsWith(".", StringComparison.Ordinal) ? suffix : "." + suffix, StringComparison.Ordinal)) return actor;
        return null;
    }
}
