// The closed vocabularies of the model. Their JSON form is the camelCase member name.
namespace BriefingKit;

/// <summary>The input format a transcript was read from.</summary>
public enum TranscriptFormat
{
    /// <summary>Text with speaker labels (<c>MS. PSAKI:</c>, <c>Q</c>, Rev, Otter, UN, congressional).</summary>
    SpeakerLabelled,
    /// <summary>Markdown with YAML front matter.</summary>
    Markdown,
    /// <summary>Prose readout or news article without speaker labels.</summary>
    Prose,
    /// <summary>WebVTT captions (Teams, Zoom, W3C).</summary>
    WebVtt,
    /// <summary>SubRip captions, including whisperX output.</summary>
    Srt,
    /// <summary>A Word .docx transcript (Teams export).</summary>
    Docx,
    /// <summary>Whisper or whisperX JSON.</summary>
    WhisperJson,
    /// <summary>AWS Transcribe JSON.</summary>
    AwsTranscribeJson,
    /// <summary>BriefingKit's own model JSON.</summary>
    BriefingKitJson,
}

/// <summary>What kind of event a transcript records.</summary>
public enum TranscriptKind
{
    /// <summary>A press secretary's or spokesperson's briefing.</summary>
    PressBriefing,
    /// <summary>A press conference, often joint, with questions.</summary>
    PressConference,
    /// <summary>A readout of a call or meeting, or an article reporting one.</summary>
    Readout,
    /// <summary>A written statement.</summary>
    Statement,
    /// <summary>Remarks or a speech.</summary>
    Speech,
    /// <summary>A legislative hearing.</summary>
    Hearing,
    /// <summary>A recorded meeting (Teams, Zoom captions).</summary>
    Meeting,
    /// <summary>An interview.</summary>
    Interview,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The part a speaker plays.</summary>
public enum SpeakerKind
{
    /// <summary>An official or principal whose words are the substance.</summary>
    Official,
    /// <summary>A reporter asking questions.</summary>
    Press,
    /// <summary>A moderator, operator or chair managing the floor.</summary>
    Moderator,
    /// <summary>An interpreter.</summary>
    Interpreter,
    /// <summary>Not known.</summary>
    Unknown,
}

/// <summary>What a turn does.</summary>
public enum TurnKind
{
    /// <summary>A statement or prepared remarks.</summary>
    Statement,
    /// <summary>A question, usually from the press.</summary>
    Question,
    /// <summary>An answer to the preceding question.</summary>
    Answer,
}

/// <summary>Whether a quote is the speaker's exact words.</summary>
public enum QuoteKind
{
    /// <summary>Exact words in quotation marks.</summary>
    Direct,
    /// <summary>Reported speech.</summary>
    Indirect,
}

/// <summary>An actor's stance on an issue, modelled on PLOVER/CAMEO verb classes.</summary>
public enum Stance
{
    /// <summary>Agrees with another party (cooperative).</summary>
    Agree,
    /// <summary>Supports or welcomes (cooperative).</summary>
    Support,
    /// <summary>Commits or pledges to act (cooperative).</summary>
    Commit,
    /// <summary>Proposes (appeal).</summary>
    Propose,
    /// <summary>Urges or calls on another party (appeal).</summary>
    Urge,
    /// <summary>Voices concern (conflict).</summary>
    Concern,
    /// <summary>Disagrees (conflict).</summary>
    Disagree,
    /// <summary>Rejects or declines (conflict).</summary>
    Reject,
    /// <summary>Criticises or condemns (conflict).</summary>
    Criticize,
    /// <summary>Restates a known position (statement).</summary>
    Reiterate,
    /// <summary>Discusses without taking a side (statement).</summary>
    Discuss,
}

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Information only.</summary>
    Info,
    /// <summary>A recoverable oddity in the input.</summary>
    Warning,
    /// <summary>The input could not be read.</summary>
    Error,
}
