// Cell notes need a VML drawing per sheet; Excel hands out shape ids in blocks of 1,024 per drawing
// (o:idmap), so two sheets with notes, or one sheet with more than 1,024, must not reuse ids.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using BriefingKit.Excel.Tests.Support;
using static BriefingKit.Excel.Tests.Support.Sample;

namespace BriefingKit.Excel.Tests.Tables;

public sealed class NoteDrawingTests
{
    [Theory]
    [InlineData(1100)]
    [InlineData(1024)] // in block n the ids run n×1024+1 … n×1024+1024: the last is in the next block
    public async Task ManyNotesOnTwoSheets_EachDrawingOwnsItsBlocks_NoShapeIdRepeats(int count)
    {
        // The Positions sheet has about as many notes as one block holds or more; the Matrix has notes too.
        var positions = Enumerable.Range(1, count).Select(i => P(i % 2 == 0 ? "United States" : "Russia", i % 3 == 0 ? "syria" : "ukraine", Stance.Urge, i, i % 2 == 0 ? "s1" : "s2", $"Sentence {i} urges restraint.")).ToArray();
        var bytes = await WriteAsync(new[] { Event("many", new DateTime(2021, 4, 15), positions) });

        using var xlsx = Xlsx.Open(bytes);
        var blocks = new List<int>();
        var ids = new List<int>();
        foreach (var sheet in new[] { "Matrix", "Positions" })
        {
            var part = xlsx.Sheet(sheet);
            var notes = part.WorksheetCommentsPart!.Comments!.CommentList!.ChildElements.Count;
            string vml;
            using (var reader = new StreamReader(part.VmlDrawingParts.Single().GetStream())) vml = reader.ReadToEnd();
            var own = Regex.Match(vml, "idmap[^>]*data=\"([0-9,]+)\"").Groups[1].Value.Split(',').Select(int.Parse).ToList();
            var shapeIds = Regex.Matches(vml, "id=\"_x0000_s([0-9]+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            Assert.Equal(notes, shapeIds.Count);
            Assert.True(own.Count * 1024 >= notes, $"{sheet}: {notes} notes in {own.Count} block(s)");
            Assert.All(shapeIds, id => Assert.Contains(id / 1024, own));
            blocks.AddRange(own);
            ids.AddRange(shapeIds);
        }
        Assert.Equal(blocks.Count, blocks.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.True(ids.Count > count);
    }
}
