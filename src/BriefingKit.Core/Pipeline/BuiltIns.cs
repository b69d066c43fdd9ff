// The built-in readers and analyzers, in order. One list, so the default pipeline and
// the DI registration cannot drift apart.
using System.Collections.Generic;
using BriefingKit.Analysis;
using BriefingKit.Reading;
using BriefingKit.Reading.Srt;
using BriefingKit.Reading.WebVtt;

namespace BriefingKit;

internal static class BuiltIns
{
    public static void AddReaders(List<ITranscriptReader> readers)
    {
        // readers: labelled text, markdown, prose
        readers.Add(new WebVttReader());
        readers.Add(new SrtReader());
        // readers: json (whisper, aws, briefingkit)
    }

    public static void AddAnalyzers(List<ITranscriptAnalyzer> analyzers, BriefingKitOptions options)
    {
    }
}
