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
        foreach (var origin in CorsOrigins)
        {
            // An origin is scheme://host[:port]; "*" or a path would open more than intended.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.AbsolutePath != "/" || origin.EndsWith('/'))
                throw new InvalidOperationException($"{SectionName}:{nameof(CorsOrigins)} holds '{origin}', which is not an origin like https://example.org.");
        }
    }
}
