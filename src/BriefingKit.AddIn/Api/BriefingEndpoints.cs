// The API the task panes call: parse, memo and matrix. Each reads a JSON body, answers client
// errors with problem+json, and logs one structured line per request.
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.AddIn.Hosting;
using BriefingKit.Excel;
using BriefingKit.Json;
using BriefingKit.Word;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BriefingKit.AddIn.Api;

/// <summary>Maps <c>/api/parse</c>, <c>/api/memo</c> and <c>/api/matrix</c>.</summary>
public static class BriefingEndpoints
{
    /// <summary>The content type of a .docx.</summary>
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>The content type of an .xlsx.</summary>
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the API routes.</summary>
    /// <param name="routes">The app.</param>
    /// <returns>The app.</returns>
    public static IEndpointRouteBuilder MapBriefingApi(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        // CPU-bound work: at most MaxConcurrentRequests at once, the rest queued, past the queue 503.
        var api = routes.MapGroup("/api").RequireRateLimiting(AddInHost.ApiLimiter);
        api.MapPost("/parse", (HttpContext http, ITranscriptParser parser) =>
            HandleAsync<ParseRequest>(http, "parse", async (request, ct) =>
            {
                var transcript = await TranscriptInputs.ParseAsync(parser, new TranscriptText(request.Text, request.FileName), ct).ConfigureAwait(false);
                return (Results.Text(TranscriptJson.Serialize(transcript), "application/json"), 1);
            }));
        api.MapPost("/memo", (HttpContext http, ITranscriptParser parser, IMemoWriter writer) =>
            HandleAsync<MemoRequest>(http, "memo", async (request, ct) =>
            {
                if (request.Text is not null && request.Transcripts is not null)
                    throw new ApiRequestException(StatusCodes.Status400BadRequest, "Ambiguous request", "Send either \"text\" or \"transcripts\", not both.");
                var transcripts = request.Transcripts is not null
                    ? await TranscriptInputs.ParseAllAsync(parser, request.Transcripts, ct).ConfigureAwait(false)
                    : [await TranscriptInputs.ParseAsync(parser, new TranscriptText(request.Text, request.FileName), ct).ConfigureAwait(false)];
                var options = new MemoOptions
                {
                    To = Blank(request.To), From = Blank(request.From),
                    Subject = Blank(request.Subject), Classification = Blank(request.Classification),
                };
                using var output = new MemoryStream();
                await writer.WriteAsync(transcripts, output, options, ct).ConfigureAwait(false);
                return (Results.File(output.ToArray(), DocxContentType, "memo.docx"), transcripts.Count);
            }));
        api.MapPost("/matrix", (HttpContext http, ITranscriptParser parser, IMatrixWriter writer) =>
            HandleAsync<MatrixRequest>(http, "matrix", async (request, ct) =>
            {
                var options = new MatrixOptions();
                if (!string.IsNullOrWhiteSpace(request.Week))
                {
                    if (!IsoWeek.TryParse(request.Week, out var week))
                        throw new ApiRequestException(StatusCodes.Status400BadRequest, "Invalid week", $"\"week\" must be an ISO week such as 2021-W15, not '{request.Week}'.");
                    options.Week = week;
                }
                var transcripts = await TranscriptInputs.ParseAllAsync(parser, request.Transcripts, ct).ConfigureAwait(false);
                if (!System.Linq.Enumerable.Any(transcripts, t => t.Date is not null))
                    throw new ApiRequestException(StatusCodes.Status422UnprocessableEntity, "No dated transcripts",
                        "None of the transcripts has a date, and the matrix groups transcripts by week.");
                using var output = new MemoryStream();
                await writer.WriteAsync(transcripts, output, options, ct).ConfigureAwait(false);
                var xlsx = request.ForWeb == true ? WebWorkbook.WithoutNotesOrCharts(output.ToArray()) : output.ToArray();
                return (Results.File(xlsx, XlsxContentType, "matrix.xlsx"), transcripts.Count);
            }));
        return routes;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static async Task<IResult> HandleAsync<T>(HttpContext http, string operation, Func<T, CancellationToken, Task<(IResult Result, int Count)>> work)
        where T : class
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("BriefingKit.AddIn.Api");
        var limits = http.RequestServices.GetRequiredService<IOptions<AddInOptions>>().Value;
        var clock = Stopwatch.StartNew();
        try
        {
            var request = await JsonBody.ReadAsync<T>(http.Request, limits.MaxRequestBytes, http.RequestAborted).ConfigureAwait(false);
            var (result, count) = await work(request, http.RequestAborted).ConfigureAwait(false);
            logger.LogInformation("{Operation} answered for {TranscriptCount} transcript(s) in {ElapsedMs} ms", operation, count, clock.ElapsedMilliseconds);
            return result;
        }
        catch (ApiRequestException e)
        {
            logger.LogWarning("{Operation} refused with {StatusCode}: {Reason}", operation, e.StatusCode, e.Title);
            return Results.Problem(e.Message, statusCode: e.StatusCode, title: e.Title);
        }
        catch (TranscriptFormatException e)
        {
            // The input is well-formed JSON but not a transcript the readers understand.
            logger.LogWarning("{Operation} refused with {StatusCode}: {Reason}", operation, StatusCodes.Status422UnprocessableEntity, "unreadable transcript");
            return Results.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unreadable transcript");
        }
    }
}
