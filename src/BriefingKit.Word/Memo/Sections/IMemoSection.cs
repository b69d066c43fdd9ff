// A part of the memo body. Sections are small and independent; MemoWriter lists them in order.
using System.Collections.Generic;
using BriefingKit.Word.Memo.Internal;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Memo.Sections;

internal interface IMemoSection
{
    /// <summary>The block-level elements (paragraphs, tables) of this section; none when it has nothing to say.</summary>
    IEnumerable<OpenXmlElement> Build(MemoContext context);
}
