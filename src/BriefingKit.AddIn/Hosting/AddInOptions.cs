// The host's own settings, bound from the "AddIn" configuration section.
using System;
using System.Collections.Generic;

namespace BriefingKit.AddIn.Hosting;

/// <summary>Settings of the add-in host (configuration section <c>AddIn</c>).</summary>
public sealed class AddInOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "AddIn";

    /// <summary>The default <see cref="MaxRequestBytes"/>: 5 MB.</summary>
    public const long DefaultMaxRequestBytes = 5L * 1024 * 1024;

    /// <summary>The largest request body accepted; a larger one is answered with 413. Default 5 MB.</summary>
    public long MaxRequestBytes { get; set; } = DefaultMaxRequestBytes;

    /// <summary>
    /// The most seconds a client may take to send a request's headers before Kestrel closes the connection
    /// (against slow-loris clients that hold connections open). Default 10.
    /// </summary>
    public double RequestHeadersTimeoutSeconds { get; set; } = 10;

    /// <summary>
    /// The slowest a request body may arrive, in bytes per second, after <see cref="MinRequestBodyGraceSeconds"/>;
    /// a slower client gets 408 and the connection is closed. Default 240 (Kestrel's own default, stated here).
    /// </summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>How long a body may arrive slowly before <see cref="MinRequestBodyBytesPerSecond"/> applies. Default 5 s.</summary>
    public double MinRequestBodyGraceSeconds { get; set; } = 5;

    /// <summary>
    /// How many API requests (parse, memo, matrix) are worked on at once; the work is CPU-bound, so more only
    /// holds more bodies and documents in memory. Default twice the processor count.
    /// </summary>
    public int MaxConcurrentRequests { get; set; } = 2 * Environment.ProcessorCount;

    /// <summary>How many API requests may wait for a turn; one more is answered 503 with Retry-After. Default 64.</summary>
    public int MaxQueuedRequests { get; set; } = 64;

    /// <summary>
    /// Origins allowed to call the API from another site (CORS). Default none: the task panes are
    /// served by the host itself, so they need no CORS, and nothing is open unless configured.
    /// </summary>
    public IList<string> CorsOrigins { get; } = new List<string>();

    /// <summary>Throws when a setting is out of range, so a bad configuration stops the host at start-up.</summary>
    /// <exception cref="InvalidOperationException">A setting is not valid.</exception>
    public void Validate()
    {
        if (MaxRequestBytes <= 0)
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxRequestBytes)} must be positive, not {MaxRequestBytes}.");
        if (RequestHeadersTimeoutSeconds <= 0 || MinRequestBodyBytesPerSecond <= 0 || MinRequestBodyGraceSeconds < 1)
            throw new InvalidOperationException($"{SectionName}: the header timeout and body rate must be positive and the grace period at least 1 s.");
        if (MaxConcurrentRequests < 1 || MaxQueuedRequests < 0)
            throw new InvalidOperationException($"{SectionName}:{nameof(MaxConcurrentRequests)} must be at least 1 and {nameof(MaxQueuedRequests)} not negative.");
        foreach (var origin in CorsOrigins)
        {
            // An origin is scheme://host[:port]; "*" or a path would open more than intended.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
                throw new InvalidOperationException($"{SectionName}:{nameof(CorsOrigins)} holds '{origin}', which is not an origin like https://example.org.");
        }
    }
}
