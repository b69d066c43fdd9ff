// How the host is put together: services, limits, CORS, static task panes and the API.
using System;
using System.Linq;
using BriefingKit.AddIn.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BriefingKit.AddIn.Hosting;

/// <summary>Builds the add-in host.</summary>
public static class AddInHost
{
    private const string CorsPolicy = "AddInOrigins";

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
            foreach (var origin in options.CorsOrigins) o.CorsOrigins.Add(origin);
        });
        // Kestrel refuses larger bodies before they are buffered; JsonBody checks the same limit again.
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBytes);
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
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        app.MapBriefingApi();
        return app;
    }
}
