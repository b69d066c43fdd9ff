// A request the API refuses: carries the 4xx status and the words the client sees.
using System;

namespace BriefingKit.AddIn.Api;

/// <summary>A client error answered with <see cref="StatusCode"/> and a problem+json body.</summary>
public sealed class ApiRequestException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="statusCode">The 4xx status.</param>
    /// <param name="title">A short summary, the same for every error of this kind.</param>
    /// <param name="detail">What was wrong with this request.</param>
    public ApiRequestException(int statusCode, string title, string detail) : base(detail)
    {
        StatusCode = statusCode;
        Title = title;
    }

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>A short summary of the kind of error.</summary>
    public string Title { get; }
}
