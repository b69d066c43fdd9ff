// Bad requests get a clean 4xx problem+json answer, and the host keeps serving afterwards.
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.AddIn.Tests;

public sealed class BadRequestTests
{
    private static readonly Dictionary<string, string> SmallLimit = new() { ["AddIn:MaxRequestBytes"] = "4096" };

    [Theory]
    [InlineData("/api/parse")]
    [InlineData("/api/memo")]
    [InlineData("/api/matrix")]
    public async Task A_body_over_the_configured_limit_is_413_and_the_host_keeps_serving(string route)
    {
        using var host = Host.Start(SmallLimit);
        using var client = host.CreateClient();
        var big = $$"""{"text": {{Host.Quote(new string('a', 5000))}}}""";
        var response = await client.PostAsync(route, Host.Json(big));
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
        await AssertStillServing(client);
    }

    [Fact]
    public async Task A_body_without_content_length_over_the_limit_is_413()
    {
        using var host = Host.Start(SmallLimit);
        using var client = host.CreateClient();
        // A streamed body has no Content-Length, so only the read itself can notice the size.
        var content = new StreamContent(new System.IO.MemoryStream(Encoding.UTF8.GetBytes($$"""{"text": {{Host.Quote(new string('b', 9000))}}}""")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;
        var response = await client.PostAsync("/api/parse", content);
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task The_default_limit_is_5_MB()
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/parse", Host.Json($$"""{"text": {{Host.Quote(new string('c', 5 * 1024 * 1024))}}}"""));
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("{\"text\": ")]
    [InlineData("not json at all")]
    [InlineData("[1, 2]")]
    [InlineData("null")]
    [InlineData("{\"text\": 42}")]
    public async Task Malformed_json_is_400_problem_json(string body)
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/memo", Host.Json(body));
        await AssertProblem(response, HttpStatusCode.BadRequest);
        await AssertStillServing(client);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/parse", new StringContent("Speaker: hello", Encoding.UTF8, "text/plain"));
        await AssertProblem(response, HttpStatusCode.UnsupportedMediaType);
        await AssertStillServing(client);
    }

    [Theory]
    [InlineData("""{"text": "A: hi", "fileName": "/etc/passwd"}""")]
    [InlineData("""{"text": "A: hi", "fileName": "..\\secret.md"}""")]
    [InlineData("""{"text": "A: hi", "fileName": "C:notes.md"}""")]
    [InlineData("""{"text": "A: hi", "templatePath": "/tmp/template.dotx"}""")]
    [InlineData("""{"path": "/work/transcript.md"}""")]
    public async Task File_paths_from_clients_are_refused(string body)
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        var response = await client.PostAsync("/api/memo", Host.Json(body));
        await AssertProblem(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/parse", """{"text": "   "}""", HttpStatusCode.BadRequest)]
    [InlineData("/api/memo", """{"transcripts": []}""", HttpStatusCode.BadRequest)]
    [InlineData("/api/memo", """{"text": "A: hi", "transcripts": [{"text": "B: yo"}]}""", HttpStatusCode.BadRequest)]
    [InlineData("/api/matrix", """{"transcripts": [{"text": "Alice: hello"}], "week": "week fifteen"}""", HttpStatusCode.BadRequest)]
    [InlineData("/api/matrix", """{"transcripts": [{"text": "Alice: hello there, this is undated."}]}""", HttpStatusCode.UnprocessableEntity)]
    public async Task Requests_missing_what_the_endpoint_needs_get_a_clear_4xx(string route, string body, HttpStatusCode expected)
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        await AssertProblem(await client.PostAsync(route, Host.Json(body)), expected);
    }

    [Fact]
    public async Task Get_on_an_api_route_is_405()
    {
        using var host = new WebApplicationFactory<Program>();
        using var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/api/memo")).StatusCode);
    }

    private static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)expected, json.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("detail").GetString()));
    }

    private static async Task AssertStillServing(HttpClient client)
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var parse = await client.PostAsync("/api/parse", Host.Json("""{"text": "Alice: We will meet again next week.\nBob: Agreed."}"""));
        Assert.Equal(HttpStatusCode.OK, parse.StatusCode);
    }
}
