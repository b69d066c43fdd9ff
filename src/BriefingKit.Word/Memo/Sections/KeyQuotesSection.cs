// Key quotes: the transcripts' own direct quotations (a readout quoting the Secretary), word
// for word with who said them and where, for a principal who wants the exact words.
using System.Collections.Generic;
using BriefingKit.Word.Memo.Internal;
using BriefingKit.Word.Memo.Styles;
using DocumentFormat.OpenXml;

namespace BriefingKit.Word.Memo.Sections;

internal sealed class KeyQuotesSection : IMemoSection
{
    public IEnumerable<OpenXmlElement> Build(MemoContext context)
    {
        if (context.Digest.KeyQuotes.Count == 0) yield break;
        yield return Blocks.Para(StyleIds.Heading1, "Key quotes");
        foreach (var quote in context.Digest.KeyQuotes)
        {
            yield return Blocks.Para(StyleIds.Quote, "\u201C" + Blocks.Clean(quote.Text) + "\u201D");
            yield return Blocks.Para(StyleIds.QuoteSource, SourceRefs.Attribution(context, quote));
        }
    }
}
