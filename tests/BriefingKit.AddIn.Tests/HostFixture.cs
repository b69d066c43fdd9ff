// Starts the real host in-process, optionally with settings (a smaller size limit, CORS origins).
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text;
using BriefingKit.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.AddIn.Tests;

internal static class Host
{
    public static WebApplicationFactory<Program> Start(IReadOnlyDictionary<string, string>? settings = null)
    {
        var factory = new WebApplicationFactory<Program>();
        if (settings is null) return factory;
        return factory.WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings) web.UseSetting(key, value);
        });
    }

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>A JSON string literal of <paramref name="text"/>.</summary>
    public static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    public static string SampleText() => File.ReadAllText(SamplePath);

    public static string SamplePath { get; } = Path.Combine(CorpusFiles.Root, "..", "..", "samples", "2021-04-16-biden-suga-press-conference.md");
}
