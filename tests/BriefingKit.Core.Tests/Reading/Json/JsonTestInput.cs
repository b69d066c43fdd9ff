// Builds reader inputs from JSON text in tests.
using System.Text;
using BriefingKit.Reading;

namespace BriefingKit.Tests.Reading.Json;

internal static class JsonTestInput
{
    public static TranscriptInput Of(string json, string fileName = "input.json") => new(Encoding.UTF8.GetBytes(json), fileName);
}
