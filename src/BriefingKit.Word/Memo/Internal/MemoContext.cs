// What every section builder gets: the document being written, the options and the digest.
using DocumentFormat.OpenXml.Packaging;
using BriefingKit.Word.Memo.Content;

namespace BriefingKit.Word.Memo.Internal;

internal sealed record MemoContext(MainDocumentPart Main, MemoOptions Options, MemoDigest Digest, MemoFields Fields);
