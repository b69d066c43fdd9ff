// Finds tests/corpus (real public-domain transcripts with gold annotations) from the test binary.
using System;
using System.IO;

namespace BriefingKit.Tests.Support;

internal static class CorpusFiles
{
    public static string Root { get; } = Find();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "corpus");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("tests/corpus not found above " + AppContext.BaseDirectory);
    }
}
