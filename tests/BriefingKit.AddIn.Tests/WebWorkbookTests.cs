// For Excel on the web the matrix comes without notes or drawings, and each note's text is kept in a column.
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using BriefingKit.Tests.Shared;
using BriefingKit.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BriefingKit.AddIn.Tests;

public sealed class WebWorkbookTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _host;

    public WebWorkbookTests(WebApplicationFactory<Program> host) => _host = host;

    [Fact]
    public async Task For_the_web_notes_become_cells_and_no_comment_or_drawing_part_is_left()
    {
        var desktop = await Matrix(forWeb: false);
        var web = await Matrix(forWeb: true);

        using var desktopBook = SpreadsheetDocument.Open(new MemoryStream(desktop), false);
        var notes = desktopBook.WorkbookPart!.WorksheetParts
            .SelectMany(p => p.WorksheetCommentsPart?.Comments?.CommentList?.Elements<DocumentFormat.OpenXml.Spreadsheet.Comment>() ?? [])
            .Select(c => c.CommentText!.InnerText).ToList();
        Assert.NotEmpty(notes); // otherwise this test would prove nothing

        using var webBook = SpreadsheetDocument.Open(new MemoryStream(web), false);
        OpenXmlAssert.Valid(webBook);
        Assert.All(webBook.WorkbookPart!.WorksheetParts, p =>
        {
            Assert.Null(p.WorksheetCommentsPart);
            Assert.Empty(p.VmlDrawingParts);
            Assert.Null(p.DrawingsPart);
        });
        var cells = string.Join("\n", webBook.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(c => c.InnerText));
        Assert.All(notes, note => Assert.Contains(note, cells, System.StringComparison.Ordinal));
        Assert.Equal(desktopBook.WorkbookPart.WorksheetParts.Count(), webBook.WorkbookPart.WorksheetParts.Count());
    }

    private async Task<byte[]> Matrix(bool forWeb)
    {
        using var client = _host.CreateClient();
        var items = string.Join(",", Directory.GetFiles(CorpusFiles.Path("week-2021-15"))
            .Select(f => $$"""{"text": {{Host.Quote(File.ReadAllText(f))}}, "fileName": {{Host.Quote(Path.GetFileName(f))}}}"""));
        var response = await client.PostAsync("/api/matrix", Host.Json($$"""{"transcripts": [{{items}}], "forWeb": {{(forWeb ? "true" : "false")}}}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
