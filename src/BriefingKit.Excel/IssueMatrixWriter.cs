// The issue-matrix writer: groups transcripts by ISO week, merges them with an earlier workbook's
// rows by key, computes net stances and writes every sheet. Usable without DI: MatrixWriters.Default.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BriefingKit.Excel.Internal;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace BriefingKit.Excel;

/// <summary>
/// Writes the weekly issue matrix with the Open XML SDK. Stateless and thread-safe; one instance can be shared.
/// </summary>
/// <remarks>
/// Inputs without a date are left out (they belong to no week). Every transcript string is stripped of
/// characters XML 1.0 forbids and cut to Excel's 32,767-character cell limit, so the workbook always opens.
/// Rows and the large parts' XML wait in temporary files (deleted when the write ends, however it ends), and the
/// finished workbook is copied to the output at the end. Transcripts handed over as an
/// <see cref="IAsyncEnumerable{T}"/> are turned into the workbook's rows one at a time and not kept.
/// </remarks>
internal sealed class IssueMatrixWriter : IMatrixWriter
{
    /// <inheritdoc />
    public Task WriteAsync(IReadOnlyList<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default)
    {
        if (transcripts is null) throw new ArgumentNullException(nameof(transcripts));
        if (output is null) throw new ArgumentNullException(nameof(output));
        options ??= new MatrixOptions();
        return WriteListAsync(null, transcripts, output, options, ct);
    }

    /// <inheritdoc />
    public Task WriteStreamedAsync(IAsyncEnumerable<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default)
    {
        if (transcripts is null) throw new ArgumentNullException(nameof(transcripts));
        if (output is null) throw new ArgumentNullException(nameof(output));
        return RowsThenWriteAsync(null, transcripts, output, options ?? new MatrixOptions(), ct);
    }

    /// <inheritdoc />
    public Task UpdateAsync(Stream existingWorkbook, IReadOnlyList<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default)
    {
        if (existingWorkbook is null) throw new ArgumentNullException(nameof(existingWorkbook));
        if (transcripts is null) throw new ArgumentNullException(nameof(transcripts));
        if (output is null) throw new ArgumentNullException(nameof(output));
        options ??= new MatrixOptions();
        return WriteListAsync(existingWorkbook, transcripts, output, options, ct);
    }

    /// <inheritdoc />
    public Task UpdateStreamedAsync(Stream existingWorkbook, IAsyncEnumerable<Transcript> transcripts, Stream output, MatrixOptions? options = null, CancellationToken ct = default)
    {
        if (existingWorkbook is null) throw new ArgumentNullException(nameof(existingWorkbook));
        if (transcripts is null) throw new ArgumentNullException(nameof(transcripts));
        if (output is null) throw new ArgumentNullException(nameof(output));
        return RowsThenWriteAsync(existingWorkbook, transcripts, output, options ?? new MatrixOptions(), ct);
    }

    private static async Task WriteListAsync(Stream? existing, IReadOnlyList<Transcript> transcripts, Stream output, MatrixOptions options, CancellationToken ct)
    {
        using var rows = new MatrixRows(options.Week);
        foreach (var transcript in transcripts)
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(transcript);
        }
        await WriteCoreAsync(existing, rows, output, options, ct).ConfigureAwait(false);
    }

    // Each transcript is turned into its rows as it arrives and then let go: only the rows stay until the workbook is written.
    private static async Task RowsThenWriteAsync(Stream? existing, IAsyncEnumerable<Transcript> transcripts, Stream output, MatrixOptions options, CancellationToken ct)
    {
        using var rows = new MatrixRows(options.Week);
        await foreach (var transcript in transcripts.WithCancellation(ct).ConfigureAwait(false))
        {
            ct.ThrowIfCancellationRequested();
            rows.Add(transcript);
        }
        await WriteCoreAsync(existing, rows, output, options, ct).ConfigureAwait(false);
    }

    private static async Task WriteCoreAsync(Stream? existing, MatrixRows rows, Stream output, MatrixOptions options, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        if (existing is not null) await existing.CopyToAsync(buffer, 81920, ct).ConfigureAwait(false);
        ct.ThrowIfCancellationRequested();

        // The large parts go to temporary files (deleted when the spill is disposed, on success, failure or
        // cancellation) and are compressed once, by the copy; the package holds only the small ones.
        using var spill = new PartSpill();
        using (var document = Open(buffer, existing is not null))
        {
            Build(document, existing is not null, rows, options, spill);
        }
        ct.ThrowIfCancellationRequested();
        // The same transcripts and options give the same bytes: no random relationship ids or times.
        // The finished workbook waits in a temporary file: the output gets it in one go, or nothing.
        using var final = TemporaryFiles.Create(".xlsx");
        DeterministicPackage.Copy(buffer, final, spill.Open);
        spill.Dispose();
        final.Position = 0;
        await final.CopyToAsync(output, 81920, ct).ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }

    private static SpreadsheetDocument Open(MemoryStream buffer, bool existing)
    {
        if (!existing) return SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook);
        buffer.Position = 0;
        try
        {
            var document = SpreadsheetDocument.Open(buffer, isEditable: true);
            if (document.WorkbookPart?.Workbook is null)
            {
                document.Dispose();
                throw new InvalidDataException("The workbook to update has no workbook part.");
            }
            return document;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or IOException && ex is not InvalidDataException)
        {
            throw new InvalidDataException("The file to update is not an .xlsx workbook: " + ex.Message, ex);
        }
    }

    private static void Build(SpreadsheetDocument document, bool existing, MatrixRows rows, MatrixOptions options, PartSpill spill)
    {
        var reader = existing ? new WorkbookReader(document.WorkbookPart!) : null;
        var oldPositions = reader?.Read(Columns.PositionsSheet) ?? new DataSheet(Columns.PositionsSheet);
        var oldQuotes = reader?.Read(Columns.QuotesSheet) ?? new DataSheet(Columns.QuotesSheet);
        var oldCommitments = reader?.Read(Columns.CommitmentsSheet) ?? new DataSheet(Columns.CommitmentsSheet);
        var oldSources = reader?.Read(Columns.SourcesSheet) ?? new DataSheet(Columns.SourcesSheet);
        var oldHistory = reader?.Read(Columns.HistorySheet) ?? new DataSheet(Columns.HistorySheet);
        var hand = reader is null ? new MatrixHandColumns() : HandColumns(reader.Read(Columns.MatrixSheet, headerRow: 2));

        var (freshPositions, freshQuotes, freshCommitments, freshSources, weeks) = rows.Sheets();

        var positions = new TableRows(Columns.PositionsSheet, oldPositions, freshPositions, Columns.Positions);
        var quotes = new TableRows(Columns.QuotesSheet, oldQuotes, freshQuotes, Columns.Quotes);
        var commitments = new TableRows(Columns.CommitmentsSheet, oldCommitments, freshCommitments, Columns.Commitments);
        var sources = new TableRows(Columns.SourcesSheet, oldSources, freshSources, Columns.Sources);

        // The Matrix shows the week asked for, else the latest week of these inputs, else the latest week in the workbook.
        IsoWeek? shown = options.Week ?? (weeks.Count > 0 ? weeks.Max() : null);
        var facts = MatrixModel.Facts(positions.Rows(), shown);
        var history = MatrixModel.History(oldHistory, facts);
        var matrixWeek = shown ?? facts.Select(f => f.Week).DefaultIfEmpty(IsoWeek.FromDate(DateTime.Today)).Max();
        var model = MatrixModel.Build(matrixWeek, facts, sources.Rows(), OldHistoryFor(history, matrixWeek));

        var writer = new WorkbookWriter(document, spill);
        writer.WriteMatrix(model, options.Title, options.NoteAuthor, hand);
        foreach (var (sheet, table, columns) in Columns.Tables)
        {
            var data = sheet switch
            {
                Columns.PositionsSheet => positions,
                Columns.QuotesSheet => quotes,
                Columns.CommitmentsSheet => commitments,
                _ => sources,
            };
            writer.WriteTable(data, table, columns, options.NoteAuthor);
        }
        writer.WriteHistory(history);
        writer.Finish();
    }

    /// <summary>History as it stands for weeks before <paramref name="week"/> (the change column compares with these).</summary>
    private static DataSheet OldHistoryFor(DataSheet history, IsoWeek week)
    {
        var earlier = new DataSheet(history.Name);
        foreach (var header in history.Headers)
            if (!IsoWeek.TryParse(header, out var w) || w < week) earlier.AddHeader(header);
        earlier.Rows.AddRange(history.Rows);
        return earlier;
    }

    /// <summary>
    /// What the analyst typed on the old Matrix sheet, by issue: the Notes column and any column they added
    /// (a column whose cells are not all stance words is theirs; actor columns are recomputed).
    /// </summary>
    private static MatrixHandColumns HandColumns(DataSheet matrix)
    {
        var hand = new MatrixHandColumns();
        var rows = matrix.Rows.Where(r => r.Get(Columns.Issue).Length > 0 && r.Get(Columns.Issue) != "Legend" && r.Cells.Count > 1).ToList();
        foreach (var header in matrix.Headers)
        {
            if (string.Equals(header, Columns.Issue, StringComparison.OrdinalIgnoreCase) || string.Equals(header, "Events", StringComparison.OrdinalIgnoreCase)
                || header.StartsWith("Change vs", StringComparison.OrdinalIgnoreCase)) continue;
            var isNotes = string.Equals(header, Columns.Notes, StringComparison.OrdinalIgnoreCase);
            var cells = rows.Select(r => r.Cell(header)).Where(c => c is { IsEmpty: false }).ToList();
            if (!isNotes && cells.All(c => Stances.TryParse(c!.Text.TrimEnd('*', ' '), out _))) continue;
            if (!isNotes) hand.Extra.Add(header);
            foreach (var row in rows)
            {
                if (row.Cell(header) is not { IsEmpty: false } cell) continue;
                if (!hand.Cells.TryGetValue(row.Get(Columns.Issue), out var values)) hand.Cells[row.Get(Columns.Issue)] = values = new DataRow();
                values.Set(isNotes ? Columns.Notes : header, cell);
            }
        }
        return hand;
    }
}
