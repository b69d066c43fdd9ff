// The JSON array 'briefingkit parse A B' prints holds several transcripts; the model JSON reader
// takes one per file. This finds the items of such an array (without parsing them) so each is
// read, and validated, on its own by the pipeline: a bad item is reported with the file and the
// line where it starts, and the others are still read.
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace BriefingKit.Cli.Inputs;

internal static class ModelArray
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Whether the bytes (after a byte-order mark and white space) start a JSON array.</summary>
    public static bool StartsAsArray(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        return i < bytes.Length && bytes[i] == (byte)'[';
    }

    /// <summary>
    /// The items of a root JSON array of two or more items, each as its byte range and the 1-based line it
    /// starts on; null when the bytes are not such an array (not JSON, one item, or broken: then the pipeline
    /// reads the whole input and reports why, with the line).
    /// </summary>
    public static IReadOnlyList<ArrayItem>? Split(byte[] bytes)
    {
        if (!StartsAsArray(bytes)) return null;
        var start = bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
        var items = new List<ArrayItem>();
        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(start), Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) return null;
            var line = 1;
            var counted = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var from = start + (int)reader.TokenStartIndex;
                reader.Skip();
                var to = start + (int)reader.BytesConsumed;
                // Lines are counted once, forwards, so a long array costs one pass.
                for (; counted < from; counted++) if (bytes[counted] == (byte)'\n') line++;
                items.Add(new ArrayItem(from, to - from, line));
            }
            if (reader.TokenType != JsonTokenType.EndArray) return null;
        }
        catch (JsonException)
        {
            return null;
        }
        return items.Count > 1 ? items : null;
    }
}

/// <summary>One item of a model JSON array: where its bytes are and the line it starts on.</summary>
internal readonly record struct ArrayItem(int Offset, int Length, int Line);
