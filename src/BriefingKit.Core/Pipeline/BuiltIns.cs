// The built-in readers and analyzers, in order. One list, so the default pipeline and
// the DI registration cannot drift apart.
using System.Collections.Generic;
using BriefingKit.Analysis;
using BriefingKit.Reading;

namespace BriefingKit;

internal static class BuiltIns
{
    public static void AddReaders(List<ITranscriptReader> readers)
    {
        // readers: labelled text, markdown, prose
        // readers: webvtt, srt
        readers.Add(new BriefingKit.Reading.Json.WhisperJsonReader());
        readers.Add(new BriefingKit.Reading.Json.AwsTranscribeJsonReader());
        readers.Add(new BriefingKit.Reading.Json.BriefingKitJsonReader());
    }

    public static void AddAnalyzers(List<ITranscriptAnalyzer> analyzers, BriefingKitOptions options)
    {
    }
}
