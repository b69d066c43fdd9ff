// Loads the analysis data files (templates/*.json): the built-in copy embedded in the
// assembly, or a user's file, with one clear error naming the file when it is unreadable
// or not of the expected shape.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace BriefingKit.Analysis;

internal static class DataFiles
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the built-in <c>templates/<paramref name="fileName"/></c>.</summary>
    public static T BuiltIn<T>(string fileName, string description, string shape, Func<JsonElement, T> read)
    {
        using var stream = typeof(DataFiles).Assembly.GetManifestResourceStream("BriefingKit.templates." + fileName)
            ?? throw new InvalidOperationException($"The built-in {description} ({fileName}) is missing from the assembly.");
        return Parse(stream, fileName + " (built in)", description, shape, read);
    }

    /// <summary>Reads a user's data file.</summary>
    /// <exception cref="TranscriptFormatException">The file cannot be read or is not of the expected shape.</exception>
    public static T FromFile<T>(string path, string description, string shape, Func<JsonElement, T> read)
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TranscriptFormatException(path, 0, $"cannot read the {description}: {ex.Message}", ex);
        }
        using (stream) return Parse(stream, path, description, shape, read);
    }

    private static T Parse<T>(Stream stream, string source, string description, string shape, Func<JsonElement, T> read)
    {
        try
        {
            using var document = JsonDocument.Parse(stream, Options);
            return read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new TranscriptFormatException(source, 0, $"not a valid {description} (expected {shape}): {ex.Message}", ex);
        }
    }
}
