// The rows of the Positions, Quotes and Commitments sheets, kept in a temporary file instead of in
// memory: a year of inputs makes tens of thousands of rows, and holding them until the workbook is
// written made memory grow with every input. Each transcript's rows are appended as it arrives and
// read back, in the workbook's order, while the sheets are written. The file is deleted when it is
// closed (Dispose), whether the workbook was written, failed or was cancelled.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace BriefingKit.Excel.Internal;

internal sealed class RowSpill : IDisposable
{
    // The headers RowBuilder writes, by number (a row's cells are stored with the number, read back as the same constant).
    private static readonly string[] KnownHeaders =
    {
        Columns.Week, Columns.Date, Columns.Event, Columns.Key, Columns.Actor, Columns.Issue, Columns.Stance, Columns.Speaker,
        Columns.Evidence, Columns.Source, Columns.Line, Columns.Affiliation, Columns.Quote, Columns.Actors, Columns.Commitment,
    };

    private const byte OtherHeader = byte.MaxValue;
    private const byte HasLink = 1;
    private const byte HasStyle = 2;
    private const byte HasNote = 4;

    private static readonly Dictionary<string, byte> HeaderNumbers = Numbered();

    private readonly FileStream _file;
    private readonly BinaryWriter _writer;
    private readonly BinaryReader _reader;

    public RowSpill()
    {
        _file = TemporaryFiles.Create(".rows");
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
        _reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Appends <paramref name="rows"/> and returns where they start (for <see cref="Read"/>).</summary>
    public long Write(List<DataRow> rows)
    {
        _writer.Flush();
        _file.Seek(0, SeekOrigin.End);
        var start = _file.Position;
        foreach (var row in rows) Write(row);
        return start;
    }

    /// <summary>The <paramref name="count"/> rows written at <paramref name="start"/>, read one at a time.</summary>
    public IEnumerable<DataRow> Read(long start, int count)
    {
        _writer.Flush();
        _file.Position = start;
        for (var i = 0; i < count; i++)
        {
            var row = ReadRow();
            // The reader may have been moved by another enumeration in between; each row is read from where the last ended.
            var next = _file.Position;
            yield return row;
            _file.Position = next;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _reader.Dispose();
        _file.Dispose();
    }

    private void Write(DataRow row)
    {
        _writer.Write((byte)row.Cells.Count);
        foreach (var pair in row.Cells)
        {
            var cell = pair.Value;
            if (HeaderNumbers.TryGetValue(pair.Key, out var number)) _writer.Write(number);
            else
            {
                _writer.Write(OtherHeader);
                _writer.Write(pair.Key);
            }
            _writer.Write((byte)cell.Kind);
            _writer.Write((byte)((cell.Link is null ? 0 : HasLink) | (cell.Style is null ? 0 : HasStyle) | (cell.Note is null ? 0 : HasNote)));
            _writer.Write(cell.Text);
            if (cell.Kind != CellKind.Text) _writer.Write(cell.Number);
            if (cell.Link is not null) _writer.Write(cell.Link);
            if (cell.Style is { } style) _writer.Write(style);
            if (cell.Note is not null) _writer.Write(cell.Note);
        }
    }

    private DataRow ReadRow()
    {
        var count = _reader.ReadByte();
        var row = new DataRow(count);
        for (var i = 0; i < count; i++)
        {
            var number = _reader.ReadByte();
            var header = number == OtherHeader ? _reader.ReadString() : KnownHeaders[number];
            var kind = (CellKind)_reader.ReadByte();
            var flags = _reader.ReadByte();
            var text = _reader.ReadString();
            var value = kind == CellKind.Text ? 0 : _reader.ReadDouble();
            var link = (flags & HasLink) != 0 ? _reader.ReadString() : null;
            uint? style = (flags & HasStyle) != 0 ? _reader.ReadUInt32() : null;
            var note = (flags & HasNote) != 0 ? _reader.ReadString() : null;
            row.Set(header, new CellData { Kind = kind, Text = text, Number = value, Link = link, Style = style, Note = note });
        }
        return row;
    }

    private static Dictionary<string, byte> Numbered()
    {
        var numbers = new Dictionary<string, byte>(StringComparer.Ordinal);
        for (var i = 0; i < KnownHeaders.Length; i++) numbers[KnownHeaders[i]] = (byte)i;
        return numbers;
    }
}
