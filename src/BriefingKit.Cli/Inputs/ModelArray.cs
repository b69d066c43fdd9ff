// The JSON array 'briefingkit parse A B' prints holds several transcripts; the model JSON reader
// takes one per file. This finds the items of such an array (without parsing them) so each is
// read, and validated, on its own by the pipeline: a bad item is reported with the file and the
// line where it starts, and the others are still read. A file is scanned in chunks and only the
// items' places are kept, so a year's array (tens of MB) is never held whole: each item's bytes
// are read when it is parsed.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace BriefingKit.Cli.Inputs;

internal static class ModelArray
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };
    private static readonly byte[] ByteOrderMark = { 0xEF, 0xBB, 0xBF };

    /// <summary>Whether the bytes (after a byte-order mark and white space) start a JSON array.</summary>
    public static bool StartsAsArray(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.StartsWith(ByteOrderMark) ? 3 : 0;
        while (i < bytes.Length && IsWhiteSpace(bytes[i])) i++;
        return i < bytes.Length && bytes[i] == (byte)'[';
    }

    /// <summary>
    /// The items of a root JSON array of two or more items, each as its byte range and the 1-based line it
    /// starts on; null when the bytes are not such an array (not JSON, one item, or broken: then the pipeline
    /// reads the whole input and reports why, with the line).
    /// </summary>
    public static IReadOnlyList<ArrayItem>? Split(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return Split(stream);
    }

    /// <summary>
    /// <see cref="Split(byte[])"/> for a stream read from its start in chunks: the same items, found without
    /// holding more of the stream than its largest token.
    /// </summary>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static IReadOnlyList<ArrayItem>? Split(Stream stream, int chunkSize = 1 << 16)
    {
        var buffer = new byte[Math.Max(chunkSize, 16)];
        var filled = Fill(stream, buffer, 0);
        var final = filled < buffer.Length;
        var start = buffer.AsSpan(0, filled).StartsWith(ByteOrderMark) ? 3 : 0;
        long bufferBase = 0;          // the stream offset of buffer[0]
        var line = 1;
        // The first significant byte must be '[' (a comment before it means not an array, as in StartsAsArray).
        var first = start;
        while (true)
        {
            while (first < filled && IsWhiteSpace(buffer[first])) first++;
            if (first < filled || final) break;
            // A chunk of white space only: drop it (counting its lines) and read on.
            for (var i = 0; i < filled; i++) if (buffer[i] == (byte)'\n') line++;
            bufferBase += filled;
            start = first = 0;
            filled = Fill(stream, buffer, 0);
            final = filled < buffer.Length;
        }
        if (first >= filled || buffer[first] != (byte)'[') return null;

        var items = new List<ArrayItem>();
        var state = new JsonReaderState(Options);
        var lineCounted = 0;          // buffer index up to which new lines are counted
        long itemStart = -1;
        var itemLine = 0;
        var seenRoot = false;
        try
        {
            while (true)
            {
                var reader = new Utf8JsonReader(buffer.AsSpan(start, filled - start), final, state);
                while (reader.Read())
                {
                    var at = start + (int)reader.TokenStartIndex;
                    if (!seenRoot)
                    {
                        if (reader.TokenType != JsonTokenType.StartArray) return null;
                        seenRoot = true;
                        continue;
                    }
                    if (reader.CurrentDepth == 0) return items.Count > 1 ? items : null; // the root array's end
                    if (reader.CurrentDepth != 1) continue;
                    if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                    {
                        items.Add(new ArrayItem(itemStart, (int)(bufferBase + start + reader.BytesConsumed - itemStart), itemLine));
                        continue;
                    }
                    // A new item starts: lines are counted once, forwards, so a long array costs one pass.
                    for (; lineCounted < at; lineCounted++) if (buffer[lineCounted] == (byte)'\n') line++;
                    itemStart = bufferBase + at;
                    itemLine = line;
                    if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                        items.Add(new ArrayItem(itemStart, (int)(bufferBase + start + reader.BytesConsumed - itemStart), itemLine));
                }
                if (final) return null; // the array never closed
                state = reader.CurrentState;
                var consumed = start + (int)reader.BytesConsumed;
                for (; lineCounted < consumed; lineCounted++) if (buffer[lineCounted] == (byte)'\n') line++;
                // Keep what the reader has not consumed; grow the buffer when one token fills it.
                var left = filled - consumed;
                if (consumed == 0 && left == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                Buffer.BlockCopy(buffer, consumed, buffer, 0, left);
                bufferBase += consumed;
                lineCounted = 0;
                start = 0;
                var read = Fill(stream, buffer, left);
                filled = left + read;
                final = filled < buffer.Length;
            }
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsWhiteSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    // Reads until the buffer is full or the stream ends; returns how many bytes were read.
    private static int Fill(Stream stream, byte[] buffer, int offset)
    {
        var total = 0;
        int read;
        while (offset + total < buffer.Length && (read = stream.Read(buffer, offset + total, buffer.Length - offset - total)) > 0) total += read;
        return total;
    }
}

/// <summary>One item of a model JSON array: where its bytes are (from the start of the file) and the line it starts on.</summary>
internal readonly record struct ArrayItem(long Offset, int Length, int Line);
