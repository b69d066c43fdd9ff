// The real add-in host on a free loopback port, with settings, for the limit and load tests.
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.Reliability.Tests.Host;

internal static class LoopbackHost
{
    public static WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string>? settings = null)
    {
        // The address comes from configuration (see AddIn.Tests' LoopbackTests for why not UseKestrel(port)).
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["urls"] = "http://127.0.0.1:0" };
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            foreach (var (key, value) in all) web.UseSetting(key, value);
        });
        factory.UseKestrel();
        factory.StartServer();
        return factory;
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
