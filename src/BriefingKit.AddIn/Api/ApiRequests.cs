// The API's request bodies. Only text and names come from clients: never a path on the host.
using System.Collections.Generic;

namespace BriefingKit.AddIn.Api;

/// <summary>One transcript sent by a client: its text (or model JSON) and, optionally, the name of the file it came from.</summary>
/// <param name="Text">The transcript's text, or the model's JSON of one transcript.</param>
/// <param name="FileName">The file's name (no folders), a format hint and shown in messages.</param>
public sealed record TranscriptText(string? Text, string? FileName);

/// <summary>The body of <c>POST /api/parse</c>.</summary>
/// <param name="Text">The transcript's text.</param>
/// <param name="FileName">The file's name (no folders).</param>
public sealed record ParseRequest(string? Text, string? FileName);

/// <summary>The body of <c>POST /api/memo</c>: one transcript (<see cref="Text"/>) or several (<see cref="Transcripts"/>).</summary>
/// <param name="Text">The transcript's text.</param>
/// <param name="FileName">The file's name (no folders).</param>
/// <param name="Transcripts">Several transcripts, instead of <see cref="Text"/>.</param>
/// <param name="To">The memo's TO line.</param>
/// <param name="From">The memo's FROM line.</param>
/// <param name="Subject">The memo's SUBJECT line.</param>
/// <param name="Classification">A classification or handling marking.</param>
public sealed record MemoRequest(
    string? Text,
    string? FileName,
    IReadOnlyList<TranscriptText>? Transcripts,
    string? To,
    string? From,
    string? Subject,
    string? Classification);

/// <summary>The body of <c>POST /api/matrix</c>.</summary>
/// <param name="Transcripts">The week's transcripts.</param>
/// <param name="Week">The ISO week shown on the Matrix sheet, e.g. "2021-W15"; default the latest.</param>
/// <param name="ForWeb">True for Excel on the web: notes become a column and drawings are left out, as its sheet insertion requires.</param>
public sealed record MatrixRequest(IReadOnlyList<TranscriptText>? Transcripts, string? Week, bool? ForWeb);
