// How the host is put together: services, limits, CORS, static task panes and the API.
using System;
using System.Linq;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using BriefingKit.AddIn.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingKit.AddIn.Hosting;

/// <summary>Builds the add-in host.</summary>
public static class AddInHost
{
    private const string CorsPolicy = "AddInOrigins";

    /// <summary>The concurrency limiter the API routes use (<see cref="AddInOptions.MaxConcurrentRequests"/>).</summary>
    public const string ApiLimiter = "AddInApi";

    /// <summary>Registers BriefingKit, the host's options, the request size limit and (when origins are configured) CORS.</summary>
    /// <param name="builder">The application builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddBriefingKitAddIn(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = new AddInOptions();
        var section = builder.Configuration.GetSection(AddInOptions.SectionName);
        section.Bind(options);
        foreach (var origin in section.GetSection(nameof(AddInOptions.CorsOrigins)).Get<string[]>() ?? [])
            if (!options.CorsOrigins.Contains(origin)) options.CorsOrigins.Add(origin);
        options.Validate();

        builder.Services.AddOptions<AddInOptions>().Configure(o =>
        {
            o.MaxRequestBytes = options.MaxRequestBytes;
            o.MaxConcurrentRequests = options.MaxConcurrentRequests;
            o.MaxQueuedRequests = options.MaxQueuedRequests;
            foreach (var origin in options.CorsOrigins) o.CorsOrigins.Add(origin);
        });
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Kestrel refuses larger bodies before they are buffered; JsonBody checks the same limit again.
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            // Slow-loris: headers dribbled in, or a body sent a few bytes at a time, must not hold a connection.
            k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(options.RequestHeadersTimeoutSeconds);
            k.Limits.MinRequestBodyDataRate = new MinDataRate(options.MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(options.MinRequestBodyGraceSeconds));
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddConcurrencyLimiter(ApiLimiter, c =>
            {
                c.PermitLimit = options.MaxConcurrentRequests;
                c.QueueLimit = options.MaxQueuedRequests;
                c.QueueProcessingOrder = QueueProcessingOrder.OldestFirst;
            });
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return new ValueTask(Results.Problem("The host is working on as many requests as it takes; try again in a moment.",
                    statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy").ExecuteAsync(context.HttpContext));
            };
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddBriefingKit(o => o.MaxInputBytes = options.MaxRequestBytes).AddBriefingKitWord().AddBriefingKitExcel();
        if (options.CorsOrigins.Count > 0)
        {
            builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
                .WithOrigins(options.CorsOrigins.ToArray())
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type")));
        }
        return builder;
    }

    /// <summary>Adds the middleware and endpoints: HTTPS outside Development, CORS, the task panes and the API.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The application.</returns>
    public static WebApplication UseBriefingKitAddIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Unexpected failures become a bare 500 problem+json with no stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        // No origins configured: no CORS middleware at all, so no cross-site caller gets an allow header.
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AddInOptions>>().Value.CorsOrigins.Count > 0)
            app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapBriefingApi();
        return app;
    }
}
