// Reads Word .docx transcripts: Microsoft Teams exports, transcripts laid out as tables, and
// speaker-labelled transcripts saved as Word.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using BriefingKit.Reading;
using BriefingKit.Word.Reading.Docx.Internal;

namespace BriefingKit.Word.Reading.Docx;

/// <summary>
/// Reads a Word .docx transcript with the Open XML SDK. Add it to a pipeline with
/// <see cref="DocxPipelineExtensions.AddDocxReader"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Teams exports.</b> When speaker lines such as <c>Emma Ruiz   0:03</c>, <c>0:03 Emma Ruiz</c> or
/// <c>Emma Ruiz 1:02:15</c> make up a good part of the document, each one starts a turn and the
/// paragraphs after it are its text (joined with spaces). The turn's start is the speaker line's
/// time (its end is not known); a speaker line whose time is earlier than the one before is taken
/// as speech. Speakers get ids <c>s1</c>, <c>s2</c>, … in order of first appearance, with the name as
/// written as name and label and kind <see cref="SpeakerKind.Unknown"/>. The lines before the first
/// speaker line are the heading: the first is the title, the others are annotations, and the
/// first with a year gives the date. Kind is <see cref="TranscriptKind.Meeting"/>.
/// </para>
/// <para>
/// <b>Tables.</b> Many transcription services and Word exports put one turn per table row, with
/// columns speaker | time | text in some order (or speaker | text, or start | end | speaker | text),
/// with or without a header row (<c>Speaker</c>, <c>Time</c>, <c>Transcript</c>, …). A table reads as a
/// transcript when its columns can be told apart: the header's words say which is which, else a
/// column of timestamps is the time (a second one the end), the column with the longest cells is
/// the text and must read as sentences, and a column of short name-like values (<c>Emma Ruiz</c>,
/// <c>MR PRICE:</c>, <c>Emma Ruiz (00:00:12)</c>, repeated ones preferred) is the speaker. The document
/// is read from such tables only when they hold at least half of its text, so a small data table in
/// a readout stays part of the readout. A row's blank speaker cell continues the turn above, and
/// consecutive rows of one speaker form one turn, whose line is its first row's first paragraph.
/// Paragraphs before the first such table are the heading (title, date, annotations), as for Teams;
/// other text, and tables that do not read as turns, become annotations, and each such table gets
/// a warning with its number and first paragraph. When tables are most of a document but none can
/// be read as turns, the document is read as below, with the same warning for each table. Kind is
/// left to analysis (<see cref="TranscriptKind.Other"/>).
/// </para>
/// <para>
/// <b>Other documents</b> (for example a State Department transcript with <c>MR PRICE:</c> labels,
/// saved as Word) are turned into text (one paragraph per line, a blank line between paragraphs)
/// and read by the most confident of the text readers given to the constructor (what
/// <see cref="DocxPipelineExtensions.AddDocxReader"/> passes: the pipeline's other readers), so they
/// get every rule for labels, stage directions and time marks. Without such readers, the reader
/// falls back to simple rules of its own: a paragraph starting <c>Label:</c> (up to five
/// capitalised words) starts a turn, other paragraphs continue it, and kind is
/// <see cref="TranscriptKind.Other"/>.
/// </para>
/// <para>
/// Either way the format is <see cref="TranscriptFormat.Docx"/> and every line number (turns,
/// annotations, errors) is the 1-based index of the paragraph among all paragraphs of the document,
/// including empty ones and those in tables. Text boxes, drawings and deleted text are skipped;
/// characters not allowed in XML 1.0 are removed.
/// </para>
/// <para>
/// <b>Safety.</b> Before the SDK opens the file, its zip directory is checked: an entry that would
/// unpack to more than 100 MB, more than 200 MB in all, an entry over 1 MB compressed more than
/// 100 to 1, or more than 10,000 entries is refused as a possible zip bomb; the SDK then reads at
/// most 32 million characters of a part. Anything unreadable raises
/// <see cref="TranscriptFormatException"/>, never another exception.
/// </para>
/// </remarks>
internal sealed class DocxTranscriptReader : ITranscriptReader
{
    private readonly ITranscriptReader[] _textReaders;

    /// <summary>Creates a reader that reads non-Teams documents with its own simple <c>Label:</c> rules.</summary>
    public DocxTranscriptReader()
        : this(Array.Empty<ITranscriptReader>())
    {
    }

    /// <summary>Creates a reader that hands non-Teams documents, as text, to the most confident of <paramref name="textReaders"/>.</summary>
    /// <param name="textReaders">The text readers to choose from (other .docx readers among them are ignored). The list is copied.</param>
    public DocxTranscriptReader(IEnumerable<ITranscriptReader> textReaders)
    {
        if (textReaders is null) throw new ArgumentNullException(nameof(textReaders));
        _textReaders = textReaders.Where(r => r is not null && r is not DocxTranscriptReader).ToArray();
    }

    /// <inheritdoc />
    public TranscriptFormat Format => TranscriptFormat.Docx;

    /// <summary>
    /// 100 when the input is a zip archive with <c>word/document.xml</c>; 5 for any other zip
    /// archive, corrupt ones included, so that this reader (rather than a generic message) explains
    /// why it is not a readable .docx; 0 for everything else.
    /// </summary>
    /// <param name="input">The input.</param>
    /// <returns>The confidence score.</returns>
    public int Detect(TranscriptInput input)
    {
        if (input is null || !input.IsZip) return 0;
        try
        {
            using var stream = OpenStream(input);
            return DocxZipGuard.HasDocumentEntry(stream) ? 100 : 5;
        }
#pragma warning disable CA1031 // Detection never throws: an unreadable zip is still a zip, and Read explains what is wrong.
        catch (Exception)
#pragma warning restore CA1031
        {
            return 5;
        }
    }

    /// <inheritdoc />
    public Transcript Read(TranscriptInput input, CancellationToken cancellationToken)
    {
        if (input is null) throw new ArgumentNullException(nameof(input));
        if (!input.IsZip) throw new TranscriptFormatException(input.FileName, 0, "not a .docx: the file is not a zip archive (an old binary .doc or another format? save it as .docx)");

        using var stream = OpenStream(input);
        DocxZipGuard.Check(stream, input.FileName);
        cancellationToken.ThrowIfCancellationRequested();
        var content = DocxParagraphs.Read(stream, input.FileName);
        if (content.Lines.Count == 0) throw new TranscriptFormatException(input.FileName, 0, "the document has no text");

        cancellationToken.ThrowIfCancellationRequested();
        if (TeamsLayout.TryRead(content) is { } teams) return teams;
        var (table, warnings) = TableLayout.TryRead(content);
        if (table is not null) return table;
        var transcript = DelegatedText.TryRead(content, _textReaders, input.FileName, cancellationToken)
            ?? LabelledParagraphs.Read(content);
        return warnings.Count == 0 ? transcript : transcript with { Diagnostics = transcript.Diagnostics.Concat(warnings).ToValueList() };
    }

    private static MemoryStream OpenStream(TranscriptInput input) =>
        MemoryMarshal.TryGetArray(input.Bytes, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(input.Bytes.ToArray(), writable: false);
}
