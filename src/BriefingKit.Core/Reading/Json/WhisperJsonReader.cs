// Reads OpenAI Whisper and whisperX JSON output into turns.
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using BriefingKit.Reading.Json.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads the JSON that OpenAI Whisper (<c>whisper --output_format json</c>, the API's
/// <c>verbose_json</c>) and whisperX write: <c>{"text", "segments": [{"start", "end", "text", …}], "language"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Speakers.</b> whisperX marks segments with <c>"speaker": "SPEAKER_00"</c> and, with word
/// alignment, each word in <c>words[]</c> too. Speakers get ids <c>s1</c>, <c>s2</c>, … in order of first
/// appearance; their name and label are the recogniser's label and their kind is
/// <see cref="SpeakerKind.Unknown"/> (later analysis may resolve names). When the words of one
/// segment carry more than one speaker, the segment is cut where the next speaker's first word
/// starts; otherwise a segment without its own speaker takes the speaker of most of its words.
/// </para>
/// <para>
/// <b>Turns.</b> Consecutive segments of the same speaker form one turn, whatever the pauses
/// between them. Segments without any speaker (plain Whisper) also join into turns, and a new
/// turn starts after a silence of more than two seconds, or at the next segment boundary once a
/// turn holds 1,000 characters, so a turn is roughly a paragraph. A turn starts when its first
/// segment starts and ends when its last segment ends; segments without text are skipped.
/// </para>
/// <para>
/// <b>Lines.</b> JSON lines say little, but <see cref="Turn.Line"/> is the line where the turn's first
/// segment object starts in the file, so it can be found in an editor.
/// </para>
/// <para>
/// A file whose <c>segments</c> array is empty is read from its top-level <c>text</c> as one turn.
/// The transcript's format is <see cref="TranscriptFormat.WhisperJson"/> and its kind
/// <see cref="TranscriptKind.Meeting"/>.
/// </para>
/// </remarks>
internal sealed class WhisperJsonReader : ITranscriptReader
{
    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.WhisperJson;

    /// <summary>
    /// 90 when the start of the input is a JSON object with a <c>segments</c> property; 60 when the
    /// object's first property is a <c>text</c> too long to see past (a very long recording); else 0.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>The confidence score.</returns>
    public int Detect(TranscriptInput input)
    {
        var sniff = JsonSniff.Of(input);
        if (sniff is null || sniff.IsArray) return 0;
        if (sniff.Keys.Contains("segments")) return 90;
        if (sniff.CutInsideKey == "text" && sniff.Keys.Count == 1) return 60;
        return 0;
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new System.ArgumentNullException(nameof(input));
        using var json = JsonSource.Parse(input);
        var root = json.Root;
        if (root.ValueKind != JsonValueKind.Object)
            throw json.Error(0, $"expected a JSON object with a 'segments' array (Whisper output), not {JsonSource.Describe(root)}");
        var segments = json.RequiredArray(root, "segments", "segments", 0);
        var lines = json.ItemLines("segments");

        var pieces = new List<WhisperPiece>();
        var index = 0;
        foreach (var segment in segments.EnumerateArray())
        {
            if ((index & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = JsonSource.At(lines, index);
            var field = "segments[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (segment.ValueKind != JsonValueKind.Object)
                throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(segment)}");
            var whole = new WhisperPiece(
                WhisperWords.Label(json.OptionalString(segment, "speaker", field + ".speaker", line)),
                json.RequiredString(segment, "text", field + ".text", line),
                json.OptionalSeconds(segment, "start", field + ".start", line),
                json.OptionalSeconds(segment, "end", field + ".end", line),
                line);
            WhisperWords.Split(json, segment, field, whole, pieces);
        }

        var speakers = new SpeakerTable();
        var turns = new TurnAccumulator();
        foreach (var piece in pieces)
        {
            if (piece.Text.Trim().Length == 0) continue;
            var id = speakers.IdFor(piece.Label);
            if (!turns.Continues(id, piece.Start)) turns.Begin(id, piece.Line, piece.Start);
            turns.Append(piece.Text, attach: false, piece.Start, piece.End);
        }
        if (!turns.IsOpen && pieces.Count == 0)
        {
            var text = json.OptionalString(root, "text", "text", 0);
            if (!string.IsNullOrWhiteSpace(text))
            {
                turns.Begin(null, 1, null);
                turns.Append(text!, attach: false, null, null);
            }
        }

        var result = turns.ToValueList();
        if (result.Count == 0) throw json.Error(0, "no speech: the Whisper 'segments' hold no text");
        return new Transcript
        {
            Format = TranscriptFormat.WhisperJson,
            Kind = TranscriptKind.Meeting,
            Speakers = speakers.ToValueList(),
            Turns = result,
        };
    }
}
