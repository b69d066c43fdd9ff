// Cell notes ("comments" in the file format). Excel shows a note only when the sheet has both the
// comments part and a VML drawing with one shape per note, linked by a legacyDrawing element;
// LibreOffice reads the comments part alone. Both are written.
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed class CellNotes
{
    private readonly List<(int Column, int Row, string Text)> _notes = new();

    public int Count => _notes.Count;

    public void Add(int column, int row, string text) => _notes.Add((column, row, text));

    /// <summary>
    /// How many blocks of 1,024 VML shape ids the notes take (Excel gives each drawing its own blocks; block n
    /// holds ids n×1024 to n×1024+1023, and the first id used is n×1024+1).
    /// </summary>
    public int Blocks => (_notes.Count / 1024) + 1;

    /// <summary>
    /// Writes the parts and returns the legacyDrawing element for the worksheet (null when there are no notes).
    /// <paramref name="firstBlock"/> is the first block of shape ids this sheet's drawing owns: shape ids must
    /// not repeat across the workbook's drawings, so each sheet with notes takes the blocks after the last one's.
    /// </summary>
    public LegacyDrawing? Write(WorksheetPart worksheet, string author, PartSpill spill, int firstBlock = 1)
    {
        if (_notes.Count == 0) return null;
        // Streamed to the part, one note at a time: a sheet may hold many thousand notes.
        var commentsPart = worksheet.AddNewPart<WorksheetCommentsPart>();
        using (var writer = OpenXmlWriter.Create(spill.Create(commentsPart), Encoding.UTF8))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(new Comments());
            writer.WriteElement(new Authors(new Author(author)));
            writer.WriteStartElement(new CommentList());
            foreach (var (column, row, text) in _notes)
            {
                writer.WriteElement(new Comment(new CommentText(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    Reference = CellRefs.Of(column, row),
                    AuthorId = 0,
                });
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        var vmlPart = worksheet.AddNewPart<VmlDrawingPart>();
        using (var stream = spill.Create(vmlPart))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            WriteVml(writer, firstBlock);
        }
        return new LegacyDrawing { Id = worksheet.GetIdOfPart(vmlPart) };
    }

    /// <summary>
    /// The highest block of VML shape ids the drawings of the workbook's sheets use, except the sheets named in
    /// <paramref name="except"/> (the ones about to be rewritten), so new notes do not take the same shape ids
    /// as the notes on a sheet the analyst added.
    /// </summary>
    public static int LastShapeBlock(WorkbookPart workbook, ISet<string> except)
    {
        var last = 0;
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? Enumerable.Empty<Sheet>())
        {
            if (except.Contains(sheet.Name?.Value ?? string.Empty) || sheet.Id?.Value is not { } id) continue;
            if (!workbook.TryGetPartById(id, out var part) || part is not WorksheetPart worksheet) continue;
            foreach (var vml in worksheet.VmlDrawingParts)
            {
                string xml;
                using (var reader = new StreamReader(vml.GetStream(FileMode.Open, FileAccess.Read))) xml = reader.ReadToEnd();
                foreach (Match map in IdMap.Matches(xml))
                    foreach (var number in map.Groups[1].Value.Split(','))
                        if (int.TryParse(number.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var block)) last = System.Math.Max(last, block);
            }
        }
        return last;
    }

    private static readonly Regex IdMap = new("idmap[^>]*?data=\"([0-9,\\s]*)\"", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

    /// <summary>The VML drawing, written straight to the part (a sheet may hold many thousand notes).</summary>
    private void WriteVml(TextWriter b, int firstBlock)
    {
        b.Write("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        var blocks = string.Join(",", System.Linq.Enumerable.Range(firstBlock, Blocks));
        b.Write("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"" + blocks + "\"/></o:shapelayout>");
        b.Write("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">");
        b.Write("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        var id = firstBlock * 1024 + 1;
        foreach (var (column, row, text) in _notes)
        {
            // A box about 300pt wide, tall enough for the text (about 55 characters a line).
            var lines = 2;
            foreach (var paragraph in text.Split('\n')) lines += 1 + (paragraph.Length / 55);
            var rows = System.Math.Min(30, System.Math.Max(4, lines));
            var c0 = column; // 0-based column of the cell to the right
            var r0 = System.Math.Max(0, row - 2);
            b.Write(System.FormattableString.Invariant($"<v:shape id=\"_x0000_s{id++}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:300pt;height:{rows * 15}pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"));
            b.Write("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>");
            b.Write("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>");
            b.Write("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>");
            b.Write(System.FormattableString.Invariant($"<x:Anchor>{c0}, 15, {r0}, 2, {c0 + 4}, 15, {r0 + rows}, 2</x:Anchor>"));
            b.Write(System.FormattableString.Invariant($"<x:AutoFill>False</x:AutoFill><x:Row>{row - 1}</x:Row><x:Column>{column - 1}</x:Column></x:ClientData></v:shape>"));
        }
        b.Write("</xml>");
    }
}
