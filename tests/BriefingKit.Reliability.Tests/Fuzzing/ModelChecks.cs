// What every model a reader returns must satisfy, whatever the input: text that any document can
// hold, speaker references that resolve, and a JSON form that reads back as the same model.
using System;
using System.Collections.Generic;
using System.Linq;
using BriefingKit.Json;

namespace BriefingKit.Reliability.Tests.Fuzzing;

internal static class ModelChecks
{
    /// <summary>Throws <see cref="FuzzFailure"/> when <paramref name="model"/> breaks a promise of the model.</summary>
    public static void Check(Transcript model, FuzzCase fuzzCase)
    {
        // BriefingKit's own JSON keeps the format the transcript was first read from.
        if (fuzzCase.Format is { } format && format != TranscriptFormat.BriefingKitJson && model.Format != format)
            throw new FuzzFailure($"asked for {format}, the model says {model.Format}: {fuzzCase}");

        // The model's lists are never null (an empty list instead); a null one crashes every consumer.
        object?[] lists = [model.Tags, model.Speakers, model.Turns, model.Annotations, model.Quotes, model.Issues, model.Positions, model.Commitments, model.Summary, model.Diagnostics];
        if (Array.IndexOf(lists, null) is var missing and >= 0)
            throw new FuzzFailure($"list {missing} of the model (Tags, Speakers, Turns, …) is null: {fuzzCase}");

        foreach (var (where, text) in Strings(model))
        {
            if (text is null) continue;
            var bad = FirstIllegal(text);
            if (bad >= 0)
                throw new FuzzFailure($"{where} holds U+{(int)text[bad]:X4} at {bad}, which no .docx or .xlsx can hold: {fuzzCase}");
        }

        var ids = new HashSet<string>(model.Speakers.Select(s => s.Id));
        foreach (var turn in model.Turns)
            if (turn.Speaker is { } id && !ids.Contains(id))
                throw new FuzzFailure($"a turn (line {turn.Line}) names speaker '{id}', who is not in the speaker list: {fuzzCase}");

        var json = TranscriptJson.Serialize(model);
        var back = TranscriptJson.Deserialize(json);
        if (back != model)
            throw new FuzzFailure($"the model's JSON does not read back as the same model: {fuzzCase}");
    }

    /// <summary>The index of the first character XML 1.0 forbids (control characters, lone surrogates, U+FFFE/F), or -1.</summary>
    public static int FirstIllegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            var legal = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (!legal) return i;
        }
        return -1;
    }

    private static IEnumerable<(string Where, string? Text)> Strings(Transcript t)
    {
        yield return ("title", t.Title);
        yield return ("source", t.Source);
        yield return ("url", t.Url);
        foreach (var tag in t.Tags) yield return ("tag", tag);
        foreach (var s in t.Speakers)
        {
            yield return ("speaker id", s.Id);
            yield return ("speaker name", s.Name);
            yield return ("speaker label", s.Label);
            yield return ("speaker role", s.Role);
            yield return ("speaker affiliation", s.Affiliation);
        }
        foreach (var turn in t.Turns) yield return ($"turn at line {turn.Line}", turn.Text);
        foreach (var a in t.Annotations) yield return ($"annotation at line {a.Line}", a.Text);
        foreach (var q in t.Quotes)
        {
            yield return ("quote", q.Text);
            yield return ("quote cue", q.Cue);
        }
        foreach (var i in t.Issues) yield return ("issue", i.Name);
        foreach (var p in t.Positions)
        {
            yield return ("position actor", p.Actor);
            yield return ("position evidence", p.Evidence);
        }
        foreach (var c in t.Commitments)
        {
            yield return ("commitment", c.Text);
            foreach (var actor in c.Actors) yield return ("commitment actor", actor);
        }
        foreach (var s in t.Summary) yield return ("summary", s);
        foreach (var d in t.Diagnostics) yield return ($"diagnostic at line {d.Line}", d.Message);
    }
}
