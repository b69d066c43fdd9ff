// Reads a request's JSON body within the size limit. The limit is checked here as well as by
// Kestrel because the in-process test server and a chunked body carry no Content-Length to refuse early.
using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace BriefingKit.AddIn.Api;

/// <summary>Reads JSON request bodies: JSON content only, at most a configured size, unknown members refused.</summary>
public static class JsonBody
{
    /// <summary>The API's JSON settings: camelCase names, and a member the API does not know (say a path) is an error, not ignored.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
    };

    /// <summary>Reads the body of <paramref name="request"/> as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The request type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <param name="ct">Cancels the read.</param>
    /// <returns>The body.</returns>
    /// <exception cref="ApiRequestException">415 for a body that is not JSON, 413 for one too large, 400 for malformed JSON,
    /// and Kestrel's status (408 for a body sent too slowly) when Kestrel stops the read.</exception>
    public static async Task<T> ReadAsync<T>(HttpRequest request, long maxBytes, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
            throw new ApiRequestException(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"The body must be JSON (Content-Type: application/json), not '{request.ContentType ?? "none"}'.");
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes) throw TooLarge(maxBytes);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (set to the same value) stopped the read.
            throw TooLarge(maxBytes);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel stopped the read for another reason, such as a body arriving slower than
            // AddIn:MinRequestBodyBytesPerSecond (408): the client's fault, not an unhandled 500.
            throw new ApiRequestException(e.StatusCode, "Bad request body", e.Message);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Options)
                ?? throw new ApiRequestException(StatusCodes.Status400BadRequest, "Malformed JSON", "The body is JSON null, not an object.");
        }
        catch (JsonException e)
        {
            // The message names the line and position of the fault; it never echoes the body.
            throw new ApiRequestException(StatusCodes.Status400BadRequest, "Malformed JSON", e.Message);
        }
    }

    private static ApiRequestException TooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, "Request too large",
            $"The body is larger than the limit of {maxBytes / 1048576.0:0.##} MB (AddIn:MaxRequestBytes).");
}
