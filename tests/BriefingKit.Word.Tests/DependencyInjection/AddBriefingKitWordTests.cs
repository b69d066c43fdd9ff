// AddBriefingKitWord registers the memo writer and the .docx reader, and is safe to repeat.
using System.Linq;
using BriefingKit.Word.Reading.Docx;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingKit.Word.Tests.DependencyInjection;

public sealed class AddBriefingKitWordTests
{
    [Fact]
    public void AddBriefingKitWord_RegistersWriterAndDocxReaderOnce()
    {
        var services = new ServiceCollection().AddBriefingKitWord().AddBriefingKitWord().AddBriefingKit();

        using var provider = services.BuildServiceProvider();
        Assert.IsType<MemoWriter>(provider.GetRequiredService<IMemoWriter>());
        Assert.Single(services, s => s.ServiceType == typeof(IMemoWriter));
        Assert.Single(provider.GetServices<BriefingKit.Reading.ITranscriptReader>().OfType<DocxTranscriptReader>());
        Assert.Contains(provider.GetRequiredService<BriefingPipeline>().Readers, r => r is DocxTranscriptReader);
    }

    [Fact]
    public void AddBriefingKitWord_AfterAddBriefingKit_StillGivesThePipelineTheDocxReader()
    {
        var services = new ServiceCollection().AddBriefingKit().AddBriefingKitWord();

        using var provider = services.BuildServiceProvider();
        Assert.Contains(provider.GetRequiredService<BriefingPipeline>().Readers, r => r is DocxTranscriptReader);
    }
}
