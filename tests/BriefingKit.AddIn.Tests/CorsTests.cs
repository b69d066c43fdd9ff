// CORS is closed unless origins are configured, and then open to those origins only.
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.AddIn.Tests;

public sealed class CorsTests
{
    [Fact]
    public async Task No_origin_is_allowed_by_default()
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        var response = await client.SendAsync(Preflight("https://evil.example"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_configured_origin_is_allowed_and_others_are_not()
    {
        using var host = Host.Start(new Dictionary<string, string> { ["AddIn:CorsOrigins:0"] = "https://office.example" });
        using var client = host.CreateClient();
        var allowed = await client.SendAsync(Preflight("https://office.example"));
        Assert.Equal("https://office.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var other = await client.SendAsync(Preflight("https://evil.example"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public void A_wildcard_origin_stops_the_host_at_start_up()
    {
        using var host = Host.Start(new Dictionary<string, string> { ["AddIn:CorsOrigins:0"] = "*" });
        var error = Assert.ThrowsAny<System.Exception>(() => host.CreateClient());
        Assert.Contains("CorsOrigins", error.ToString(), System.StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/memo");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }
}
