// Reads Amazon Transcribe (AWS) job output JSON into turns.
using System.Globalization;
using System.Text.Json;
using System.Threading;
using BriefingKit.Reading.Json.Internal;

namespace BriefingKit.Reading;

/// <summary>
/// Reads the transcript JSON an Amazon Transcribe job writes:
/// <c>{"jobName", "results": {"transcripts": [{"transcript"}], "speaker_labels": {…}, "items": […]}}</c>,
/// and the turn-by-turn JSON of Amazon Transcribe Call Analytics and Amazon Connect Contact Lens:
/// <c>{"JobName", "Transcript": [{"ParticipantRole", "Content", "BeginOffsetMillis", "EndOffsetMillis", …}], …}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Call Analytics.</b> Each segment of the root <c>Transcript</c> array is a piece of speech: its
/// <c>Content</c> is the text and its offsets (milliseconds) the times. Its speaker is its
/// <c>ParticipantRole</c>, or the role that the root <c>Participants</c> list gives its
/// <c>ParticipantId</c> (Contact Lens), else the id itself. Roles become speakers named
/// <c>Agent</c>, <c>Customer</c>, <c>Supervisor</c>, <c>System</c> or <c>Bot</c> (an unknown role keeps
/// its text), with the role as label and kind <see cref="SpeakerKind.Unknown"/>: a call centre's
/// participants are not officials. Consecutive segments of one speaker form one turn, and a
/// turn's line is where its first segment starts. Contact Lens' real-time <c>Segments</c> list is
/// read the same way from the <c>Transcript</c> object of each item; partial <c>Utterance</c> items
/// (repeated in full by their transcript) and <c>Categories</c> are skipped. Chat events (a segment
/// whose <c>Type</c> is not <c>MESSAGE</c>) carry no speech and are skipped. Sentiment, loudness,
/// items, categories and <c>ConversationCharacteristics</c> are analytics, not speech, and are not
/// read. <c>JobName</c> becomes the title.
/// </para>
/// <para>
/// <b>Words.</b> Turns are built from <c>results.items</c>: each item's first alternative is a word
/// (<c>"type": "pronunciation"</c>, joined with spaces) or a punctuation mark (attached to the
/// word before it, without a space). Times are AWS's strings of seconds (<c>"12.34"</c>).
/// </para>
/// <para>
/// <b>Speakers.</b> A word's speaker is its own <c>speaker_label</c> (newer output) or
/// <c>channel_label</c> (channel identification); otherwise it is looked up in the older
/// <c>results.speaker_labels.segments</c>, by the start time of a word listed there, else by the
/// segment whose time span holds the word. Punctuation belongs to the word before it. Speakers
/// get ids <c>s1</c>, <c>s2</c>, … in order of first appearance, with the AWS label
/// (<c>spk_0</c>) as name and label and kind <see cref="SpeakerKind.Unknown"/>.
/// </para>
/// <para>
/// <b>Turns.</b> Consecutive words of one speaker form one turn. Without speaker labels, a new
/// turn starts after a silence of more than two seconds, or once a turn holds 1,000 characters
/// and a sentence has ended (at 2,000 characters in any case). <see cref="Turn.Line"/> is the
/// line where the turn's first item starts in the file. When <c>items</c> is empty the
/// <c>transcripts</c> text is read as one turn. <c>audio_segments</c> is not needed and ignored.
/// </para>
/// <para>
/// The job name becomes the title. The transcript's format is
/// <see cref="TranscriptFormat.AwsTranscribeJson"/> and its kind <see cref="TranscriptKind.Meeting"/>.
/// </para>
/// </remarks>
internal sealed class AwsTranscribeJsonReader : ITranscriptReader
{
    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.AwsTranscribeJson;

    /// <summary>
    /// 95 when the start of the input is a JSON object whose <c>results</c> object has
    /// <c>items</c>, <c>transcripts</c> or <c>speaker_labels</c>, or that has both <c>jobName</c> and
    /// <c>results</c>; 95 for Call Analytics output, a root <c>Transcript</c> array whose segments have
    /// <c>Content</c> and <c>ParticipantRole</c> or <c>ParticipantId</c> (or, when no segment is in
    /// sight, a root <c>Transcript</c> beside <c>JobStatus</c>, <c>Participants</c> or
    /// <c>ConversationCharacteristics</c>), or a root <c>Segments</c> array whose items hold
    /// <c>Transcript</c> or <c>Utterance</c> objects; else 0.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>The confidence score.</returns>
    public int Detect(TranscriptInput input)
    {
        var sniff = JsonSniff.Of(input);
        if (sniff is null || sniff.IsArray) return 0;
        var keys = sniff.Keys;
        if (!keys.Contains("results")) return IsCallAnalytics(sniff) ? 95 : 0;
        if (keys.Contains("jobName")) return 95;
        var results = sniff.ResultsKeys;
        return results.Contains("items") || results.Contains("transcripts") || results.Contains("speaker_labels") ? 95 : 0;
    }

    private static bool IsCallAnalytics(JsonSniff sniff)
    {
        var keys = sniff.Keys;
        if (keys.Contains("Transcript"))
        {
            var segment = sniff.ItemKeysOf("Transcript");
            if (segment.Contains("Content") && (segment.Contains("ParticipantRole") || segment.Contains("ParticipantId"))) return true;
            if (segment.Count == 0 && (keys.Contains("JobStatus") || keys.Contains("Participants") || keys.Contains("ConversationCharacteristics"))) return true;
        }
        var wrapped = sniff.ItemKeysOf("Segments");
        return keys.Contains("Segments") && (wrapped.Contains("Transcript") || wrapped.Contains("Utterance"));
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new System.ArgumentNullException(nameof(input));
        using var json = JsonSource.Parse(input);
        var root = json.Root;
        if (root.ValueKind != JsonValueKind.Object)
            throw json.Error(0, $"expected a JSON object with 'results' (Amazon Transcribe output), not {JsonSource.Describe(root)}");
        if (CallAnalyticsSegments.IsPresent(json, root)) return CallAnalyticsSegments.Read(json, cancellationToken);
        var results = json.RequiredObject(root, "results", "results", 0);
        var items = json.RequiredArray(results, "items", "results.items", 0);
        var lines = json.ItemLines("results", "items");
        var map = AwsSpeakerMap.Read(json, results);

        var speakers = new SpeakerTable();
        var turns = new TurnAccumulator();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if ((index & 4095) == 0) cancellationToken.ThrowIfCancellationRequested();
            var line = JsonSource.At(lines, index);
            var field = "results.items[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (item.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(item)}");

            var alternatives = json.RequiredArray(item, "alternatives", field + ".alternatives", line);
            if (alternatives.GetArrayLength() == 0) throw json.Error(line, $"'{field}.alternatives' is empty: the item has no word");
            var best = alternatives[0];
            if (best.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}.alternatives[0]' must be an object, not {JsonSource.Describe(best)}");
            var content = json.RequiredString(best, "content", field + ".alternatives[0].content", line);
            var isPunctuation = json.OptionalString(item, "type", field + ".type", line) == "punctuation";
            var start = json.OptionalSeconds(item, "start_time", field + ".start_time", line);
            var end = json.OptionalSeconds(item, "end_time", field + ".end_time", line);
            var label = WhisperWords.Label(json.OptionalString(item, "speaker_label", field + ".speaker_label", line))
                ?? WhisperWords.Label(json.OptionalString(item, "channel_label", field + ".channel_label", line))
                ?? map.Find(start);
            if (content.Trim().Length == 0) continue;

            if (isPunctuation)
            {
                if (!turns.IsOpen) turns.Begin(speakers.IdFor(label), line, null);
                turns.Append(content, attach: true, null, end);
                continue;
            }
            var id = speakers.IdFor(label);
            if (!turns.Continues(id, start, turns.EndsSentence)) turns.Begin(id, line, start);
            turns.Append(content, attach: false, start, end);
        }

        if (!turns.IsOpen && index == 0) ReadTranscriptText(json, results, turns);
        var result = turns.ToValueList();
        if (result.Count == 0) throw json.Error(0, "no speech: 'results.items' and 'results.transcripts' hold no words");
        return Build(json.OptionalText(root, "jobName", "jobName", 0), speakers, result);
    }

    /// <summary>What every AWS layout gives: a meeting named after the job, with its speakers and turns.</summary>
    internal static Transcript Build(string? jobName, SpeakerTable speakers, ValueList<Turn> turns) => new()
    {
        Title = jobName,
        Format = TranscriptFormat.AwsTranscribeJson,
        Kind = TranscriptKind.Meeting,
        Speakers = speakers.ToValueList(),
        Turns = turns,
    };

    private static void ReadTranscriptText(JsonSource json, JsonElement results, TurnAccumulator turns)
    {
        if (!json.TryGet(results, "transcripts", JsonValueKind.Array, "results.transcripts", 0, out var transcripts)) return;
        var lines = json.ItemLines("results", "transcripts");
        var index = 0;
        foreach (var entry in transcripts.EnumerateArray())
        {
            var line = JsonSource.At(lines, index);
            var field = "results.transcripts[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            index++;
            if (entry.ValueKind != JsonValueKind.Object) throw json.Error(line, $"'{field}' must be an object, not {JsonSource.Describe(entry)}");
            var text = json.RequiredString(entry, "transcript", field + ".transcript", line);
            if (text.Trim().Length == 0) continue;
            turns.Begin(null, line, null);
            turns.Append(text, attach: false, null, null);
        }
    }
}
