// The host on a real socket (Kestrel on 127.0.0.1): Kestrel's own body limit and a memo over HTTP.
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.AddIn.Tests;

public sealed class LoopbackTests
{
    /// <summary>Starts the host on a free loopback port; the client talks to it over TCP.</summary>
    internal static WebApplicationFactory<Program> StartOnLoopback(IReadOnlyDictionary<string, string>? settings = null)
    {
        // The address comes from configuration, not UseKestrel(port): with a port, the factory rewrites the
        // server's addresses after the host's entry point may already have started it, which fails now and then.
        var all = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["urls"] = "http://127.0.0.1:0" };
        var factory = Host.Start(all);
        factory.UseKestrel();
        factory.StartServer();
        return factory;
    }

    [Fact]
    public async Task Over_loopback_a_memo_arrives_and_an_oversized_body_is_413_without_stopping_the_host()
    {
        using var host = StartOnLoopback(new Dictionary<string, string> { ["AddIn:MaxRequestBytes"] = "200000" });
        using var client = host.CreateClient();
        Assert.True(client.BaseAddress!.IsLoopback, client.BaseAddress.ToString());

        var tooBig = await client.PostAsync("/api/parse", Host.Json($$"""{"text": {{Host.Quote(new string('x', 300000))}}}"""));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);

        var memo = await client.PostAsync("/api/memo", Host.Json($$"""{"text": {{Host.Quote(Host.SampleText())}}}"""));
        Assert.Equal(HttpStatusCode.OK, memo.StatusCode);
        using var stream = new MemoryStream(await memo.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        OpenXmlAssert.Valid(document);
    }

    [Fact]
    public async Task Over_loopback_the_task_panes_are_served()
    {
        using var host = StartOnLoopback();
        using var client = host.CreateClient();
        foreach (var page in new[] { "/word/taskpane.html", "/excel/taskpane.html" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js", html, System.StringComparison.Ordinal);
        }
    }
}
