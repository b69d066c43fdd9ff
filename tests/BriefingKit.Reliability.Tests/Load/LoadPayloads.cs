// What the load test and the limit tests send: the README's sample briefing and a week of corpus files.
using System.IO;
using System.Linq;
using BriefingKit.Tests.Support;

namespace BriefingKit.Reliability.Tests.Host;

internal static class LoadPayloads
{
    public static string Sample { get; } = File.ReadAllText(Path.Combine(CorpusFiles.Root, "..", "..", "samples", "2021-04-16-biden-suga-press-conference.md"));

    public static string[] Week { get; } = Directory.GetFiles(CorpusFiles.Path("week-2021-15"), "*.md").OrderBy(f => f, System.StringComparer.Ordinal).Take(4).Select(File.ReadAllText).ToArray();
}
