// The API through the real host, in process: each endpoint's answer is read back as what it claims to be.
using System.IO;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using BriefingKit.AddIn.Api;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.AddIn.Tests;

public sealed class ApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _host;

    public ApiTests(WebApplicationFactory<Program> host) => _host = host;

    [Fact]
    public async Task Health_answers_ok()
    {
        using var client = _host.CreateClient();
        var response = await client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Parse_returns_the_model_json_of_the_text()
    {
        using var client = _host.CreateClient();
        var body = $$"""{"text": {{Host.Quote(Host.SampleText())}}, "fileName": "press.md"}""";
        var response = await client.PostAsync("/api/parse", Host.Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("turns").GetArrayLength() > 5);
        Assert.Equal("2021-04-16", json.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Parse_reads_back_model_json_it_produced()
    {
        using var client = _host.CreateClient();
        var first = await (await client.PostAsync("/api/parse", Host.Json($$"""{"text": {{Host.Quote(Host.SampleText())}}}"""))).Content.ReadAsStringAsync();
        var again = await client.PostAsync("/api/parse", Host.Json($$"""{"text": {{Host.Quote(first)}}, "fileName": "model.json"}"""));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var a = JsonDocument.Parse(first);
        using var b = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("turns").GetArrayLength(), b.RootElement.GetProperty("turns").GetArrayLength());
    }

    [Fact]
    public async Task Memo_returns_a_valid_docx_with_the_memorandum_lines_sent()
    {
        using var client = _host.CreateClient();
        var body = $$"""
            {"text": {{Host.Quote(Host.SampleText())}}, "fileName": "press.md",
             "to": "Deputy Director Vance", "from": "Asia desk", "classification": "UNCLASSIFIED//FOUO"}
            """;
        var response = await client.PostAsync("/api/memo", Host.Json(body));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BriefingEndpoints.DocxContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        OpenXmlAssert.Valid(document);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Deputy Director Vance", text);
        Assert.Contains("Asia desk", text);
        // The marking is in the header and footer as well as the body's banner lines.
        var headers = string.Concat(document.MainDocumentPart.HeaderParts.Select(h => h.Header?.InnerText));
        Assert.Contains("UNCLASSIFIED//FOUO", text + headers);
    }

    [Fact]
    public async Task Memo_covers_several_transcripts()
    {
        using var client = _host.CreateClient();
        var files = Directory.GetFiles(CorpusFiles.Path("week-2021-15"), "*.md").OrderBy(f => f, System.StringComparer.Ordinal).Take(3).ToList();
        var items = string.Join(",", files.Select(f => $$"""{"text": {{Host.Quote(File.ReadAllText(f))}}, "fileName": {{Host.Quote(Path.GetFileName(f))}}}"""));
        var response = await client.PostAsync("/api/memo", Host.Json($$"""{"transcripts": [{{items}}]}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        OpenXmlAssert.Valid(document);
        Assert.NotEmpty(document.MainDocumentPart!.Document!.Body!.InnerText);
    }

    [Fact]
    public async Task Matrix_returns_a_valid_xlsx_for_the_week_asked()
    {
        using var client = _host.CreateClient();
        var items = string.Join(",", Directory.GetFiles(CorpusFiles.Path("week-2021-15"))
            .Select(f => $$"""{"text": {{Host.Quote(File.ReadAllText(f))}}, "fileName": {{Host.Quote(Path.GetFileName(f))}}}"""));
        var response = await client.PostAsync("/api/matrix", Host.Json($$"""{"transcripts": [{{items}}], "week": "2021-W15"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BriefingEndpoints.XlsxContentType, response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        OpenXmlAssert.Valid(workbook);
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name?.Value).ToList();
        Assert.Contains("Matrix", sheets);
        Assert.Contains("Positions", sheets);
        var shared = workbook.WorkbookPart.SharedStringTablePart?.SharedStringTable?.InnerText ?? "";
        Assert.Contains("2021-W15", shared + string.Concat(workbook.WorkbookPart.WorksheetParts.Select(p => p.Worksheet?.InnerText)));
    }

    [Fact]
    public async Task Matrix_reads_a_model_json_array_as_several_transcripts()
    {
        using var client = _host.CreateClient();
        var files = Directory.GetFiles(CorpusFiles.Path("week-2021-15"), "*.md").OrderBy(f => f, System.StringComparer.Ordinal).Take(2).ToList();
        var models = new System.Collections.Generic.List<string>();
        foreach (var file in files)
            models.Add(await (await client.PostAsync("/api/parse", Host.Json($$"""{"text": {{Host.Quote(File.ReadAllText(file))}}}"""))).Content.ReadAsStringAsync());
        // One model transcript, then an array of two: the array's Sources sheet has one more row.
        var one = await SourceRows(client, models[0]);
        var two = await SourceRows(client, "[" + string.Join(",", models) + "]");
        Assert.Equal(one + 1, two);
    }

    private static async Task<int> SourceRows(System.Net.Http.HttpClient client, string text)
    {
        var response = await client.PostAsync("/api/matrix", Host.Json($$"""{"transcripts": [{"text": {{Host.Quote(text)}}, "fileName": "week.json"}]}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        OpenXmlAssert.Valid(workbook);
        var sources = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Single(s => s.Name == "Sources");
        var part = (WorksheetPart)workbook.WorkbookPart.GetPartById(sources.Id!.Value!);
        return part.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
    }
}
