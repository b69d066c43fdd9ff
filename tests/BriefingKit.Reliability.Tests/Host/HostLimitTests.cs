// The host's limits over a real socket: slow-loris headers and bodies are cut off, requests past the
// concurrency limit and its queue get 503 with Retry-After, unusable text gets 422 — and the host
// keeps serving. (413, 400 and 415 are tested in BriefingKit.AddIn.Tests' BadRequestTests.)
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace BriefingKit.Reliability.Tests.Host;

[Collection(LoadCollection.Name)]
public sealed class HostLimitTests
{
    private static readonly Dictionary<string, string> Strict = new()
    {
        ["AddIn:RequestHeadersTimeoutSeconds"] = "2",
        ["AddIn:MinRequestBodyBytesPerSecond"] = "1000",
        ["AddIn:MinRequestBodyGraceSeconds"] = "2",
    };

    [Fact]
    public async Task A_client_that_dribbles_its_headers_is_disconnected()
    {
        using var host = LoopbackHost.Start(Strict);
        using var client = host.CreateClient();
        var elapsed = await HeldFor(client.BaseAddress!, "POST /api/parse HTTP/1.1\r\nHost: localhost\r\n", slowPart: "X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n");
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"held for {elapsed}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task A_client_that_dribbles_its_body_is_disconnected()
    {
        using var host = LoopbackHost.Start(Strict);
        using var client = host.CreateClient();
        var head = "POST /api/parse HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n";
        var elapsed = await HeldFor(client.BaseAddress!, head, slowPart: "{\"text\": \"" + new string('a', 60));
        Assert.True(elapsed < TimeSpan.FromSeconds(15), $"held for {elapsed}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    /// <summary>Sends <paramref name="head"/>, then one byte of <paramref name="slowPart"/> a second; returns when the server closes.</summary>
    private static async Task<TimeSpan> HeldFor(Uri address, string head, string slowPart)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        var clock = Stopwatch.StartNew();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[4096];
            try
            {
                while (await stream.ReadAsync(buffer) > 0)
                {
                }
            }
            catch (Exception ex) when (ex is System.IO.IOException or SocketException or ObjectDisposedException)
            {
            }
        });
        foreach (var b in Encoding.ASCII.GetBytes(slowPart))
        {
            if (reading.IsCompleted || clock.Elapsed > TimeSpan.FromSeconds(30)) break;
            try
            {
                await stream.WriteAsync(new[] { b });
            }
            catch (Exception ex) when (ex is System.IO.IOException or SocketException)
            {
                break;
            }
            await Task.WhenAny(reading, Task.Delay(1000));
        }
        await reading.WaitAsync(TimeSpan.FromSeconds(30));
        return clock.Elapsed;
    }

    [Fact]
    public async Task Requests_past_the_concurrency_limit_and_queue_get_503_with_retry_after()
    {
        using var host = LoopbackHost.Start(new Dictionary<string, string> { ["AddIn:MaxConcurrentRequests"] = "1", ["AddIn:MaxQueuedRequests"] = "0" });
        using var client = host.CreateClient();
        var body = $$"""{"text": {{LoopbackHost.Quote(LoadPayloads.Sample)}}}""";
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsync("/api/memo", LoopbackHost.Json(body))));
        var busy = responses.Where(r => r.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.NotEmpty(busy);
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        Assert.Equal("1", busy[0].Headers.RetryAfter?.ToString());
        Assert.Equal("application/problem+json", busy[0].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/memo", LoopbackHost.Json(body))).StatusCode);
    }

    [Theory]
    [InlineData("/api/parse")]
    [InlineData("/api/memo")]
    [InlineData("/api/matrix")]
    public async Task Unusable_text_is_422_problem_json(string route)
    {
        using var host = LoopbackHost.Start();
        using var client = host.CreateClient();
        var binary = LoopbackHost.Quote(string.Concat(Enumerable.Repeat("\u0001\u0002\u0003x", 200)));
        var body = route == "/api/parse" ? $$"""{"text": {{binary}}}""" : $$"""{"transcripts": [{"text": {{binary}}}]}""";
        var response = await client.PostAsync(route, LoopbackHost.Json(body));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(422, json.RootElement.GetProperty("status").GetInt32());
    }
}
