// The public entry point for the weekly issue matrix (SPEC §6).
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace BriefingKit.Excel;

/// <summary>
/// Writes the weekly issue matrix workbook: Matrix (issues × actors for one ISO week), Positions,
/// Quotes, Commitments, Sources (Excel tables) and History (one column per week).
/// </summary>
public interface IMatrixWriter
{
    /// <summary>
    /// Writes a new workbook for <paramref name="transcripts"/>. Inputs are grouped by the ISO week of
    /// their date; undated inputs are left out (check <see cref="Transcript.Date"/> to report them).
    /// </summary>
    /// <param name="transcripts">The analysed transcripts.</param>
    /// <param name="output">Receives the .xlsx; it is written in one go at the end, nothing is written on failure.</param>
    /// <param name="options">Week filter and title; null for the defaults.</param>
    /// <param name="ct">Cancels the work.</param>
    Task WriteAsync(IReadOnlyList<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default);

    /// <summary>
    /// Writes <paramref name="existingWorkbook"/> (a workbook this writer made earlier, perhaps edited by
    /// an analyst) with <paramref name="transcripts"/> added: new rows are appended by their key (re-running
    /// the same inputs adds nothing), History gains the new week, and everything typed by hand is kept —
    /// Analyst override and Notes values, extra columns, rows added by hand and other sheets.
    /// </summary>
    /// <param name="existingWorkbook">The previous workbook (read only; it is not changed).</param>
    /// <param name="transcripts">The analysed transcripts to add.</param>
    /// <param name="output">Receives the updated .xlsx.</param>
    /// <param name="options">Week filter and title; null for the defaults.</param>
    /// <param name="ct">Cancels the work.</param>
    /// <exception cref="InvalidDataException"><paramref name="existingWorkbook"/> is not an .xlsx workbook.</exception>
    Task UpdateAsync(Stream existingWorkbook, IReadOnlyList<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default);

    /// <summary>
    /// Writes a new workbook for transcripts handed over one at a time: each is turned into the workbook's rows as
    /// it arrives and not kept, and the rows wait in a temporary file (deleted when the write ends), so memory does not
    /// grow with the number of transcripts. The
    /// workbook is the same, byte for byte, as <see cref="WriteAsync(IReadOnlyList{Transcript}, Stream, MatrixOptions?, CancellationToken)"/>
    /// writes for the same transcripts in the same order.
    /// </summary>
    /// <param name="transcripts">The analysed transcripts, read to their end before anything is written.</param>
    /// <param name="output">Receives the .xlsx; it is written in one go at the end, nothing is written on failure.</param>
    /// <param name="options">Week filter and title; null for the defaults.</param>
    /// <param name="ct">Cancels the work (and the enumeration of <paramref name="transcripts"/>).</param>
    Task WriteStreamedAsync(IAsyncEnumerable<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default);

    /// <summary>
    /// <see cref="UpdateAsync(Stream, IReadOnlyList{Transcript}, Stream, MatrixOptions?, CancellationToken)"/> for
    /// transcripts handed over one at a time, each turned into rows as it arrives and not kept. The transcripts are
    /// read to their end before <paramref name="existingWorkbook"/> is opened.
    /// </summary>
    /// <param name="existingWorkbook">The previous workbook (read only; it is not changed).</param>
    /// <param name="transcripts">The analysed transcripts to add.</param>
    /// <param name="output">Receives the updated .xlsx.</param>
    /// <param name="options">Week filter and title; null for the defaults.</param>
    /// <param name="ct">Cancels the work (and the enumeration of <paramref name="transcripts"/>).</param>
    /// <exception cref="InvalidDataException"><paramref name="existingWorkbook"/> is not an .xlsx workbook.</exception>
    Task UpdateStreamedAsync(Stream existingWorkbook, IAsyncEnumerable<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default);
}
