// Cell notes ("comments" in the file format). Excel shows a note only when the sheet has both the
// comments part and a VML drawing with one shape per note, linked by a legacyDrawing element;
// LibreOffice reads the comments part alone. Both are written.
using System.Collections.Generic;
using System.IO;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace BriefingKit.Excel.Internal;

internal sealed class CellNotes
{
    private readonly List<(int Column, int Row, string Text)> _notes = new();

    public int Count => _notes.Count;

    public void Add(int column, int row, string text) => _notes.Add((column, row, text));

    /// <summary>Writes the parts and returns the legacyDrawing element for the worksheet (null when there are no notes).</summary>
    public LegacyDrawing? Write(WorksheetPart worksheet, string author)
    {
        if (_notes.Count == 0) return null;
        var commentsPart = worksheet.AddNewPart<WorksheetCommentsPart>();
        var list = new CommentList();
        foreach (var (column, row, text) in _notes)
        {
            list.Append(new Comment(new CommentText(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                Reference = CellRefs.Of(column, row),
                AuthorId = 0,
            });
        }
        commentsPart.Comments = new Comments(new Authors(new Author(author)), list);

        var vmlPart = worksheet.AddNewPart<VmlDrawingPart>();
        using (var stream = vmlPart.GetStream(FileMode.Create))
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            writer.Write(Vml());
        }
        return new LegacyDrawing { Id = worksheet.GetIdOfPart(vmlPart) };
    }

    private string Vml()
    {
        var b = new StringBuilder();
        b.Append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">");
        b.Append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"1\"/></o:shapelayout>");
        b.Append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\" path=\"m,l,21600r21600,l21600,xe\">");
        b.Append("<v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        var id = 1025;
        foreach (var (column, row, text) in _notes)
        {
            // A box about 300pt wide, tall enough for the text (about 55 characters a line).
            var lines = 2;
            foreach (var paragraph in text.Split('\n')) lines += 1 + (paragraph.Length / 55);
            var rows = System.Math.Min(30, System.Math.Max(4, lines));
            var c0 = column; // 0-based column of the cell to the right
            var r0 = System.Math.Max(0, row - 2);
            b.Append(System.FormattableString.Invariant($"<v:shape id=\"_x0000_s{id++}\" type=\"#_x0000_t202\" style=\"position:absolute;margin-left:80pt;margin-top:2pt;width:300pt;height:{rows * 15}pt;z-index:1;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">"));
            b.Append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>");
            b.Append("<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>");
            b.Append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/>");
            b.Append(System.FormattableString.Invariant($"<x:Anchor>{c0}, 15, {r0}, 2, {c0 + 4}, 15, {r0 + rows}, 2</x:Anchor>"));
            b.Append(System.FormattableString.Invariant($"<x:AutoFill>False</x:AutoFill><x:Row>{row - 1}</x:Row><x:Column>{column - 1}</x:Column></x:ClientData></v:shape>"));
        }
        b.Append("</xml>");
        return b.ToString();
    }
}
