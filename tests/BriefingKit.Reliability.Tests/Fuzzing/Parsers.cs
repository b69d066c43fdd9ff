// The parser the fuzz tests use: the public ITranscriptParser from DI, with the .docx reader,
// as an application gets it.
using System;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class Parsers
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
        new ServiceCollection().AddBriefingKit().AddBriefingKitWord().AddBriefingKitExcel().BuildServiceProvider());

    public static ITranscriptParser Parser => Services.Value.GetRequiredService<ITranscriptParser>();

    public static Word.IMemoWriter MemoWriter => Services.Value.GetRequiredService<Word.IMemoWriter>();

    public static Excel.IMatrixWriter MatrixWriter => Services.Value.GetRequiredService<Excel.IMatrixWriter>();
}
