// Checks options before anything is built from them, so a host learns of every bad setting at
// start-up in one message instead of one per run, each only when the first transcript is parsed.
using System;
using System.Collections.Generic;
using BriefingKit.Analysis;

namespace BriefingKit;

internal static class BriefingKitOptionsValidator
{
    /// <summary>Every problem with <paramref name="options"/>, each a sentence naming the property; empty when they are valid.</summary>
    public static IReadOnlyList<string> Problems(BriefingKitOptions options)
    {
        var problems = new List<string>();
        if (options.MaxInputBytes <= 0) problems.Add($"{nameof(BriefingKitOptions.MaxInputBytes)} must be positive.");
        CheckDataFile(problems, nameof(BriefingKitOptions.PeoplePath), options.PeoplePath, path => PeopleDirectory.WithUserFile(path));
        CheckDataFile(problems, nameof(BriefingKitOptions.ActorsPath), options.ActorsPath, path => ActorDirectory.WithUserFile(path));
        CheckDataFile(problems, nameof(BriefingKitOptions.TaxonomyPath), options.TaxonomyPath, path => IssueTaxonomy.WithUserFile(path));
        return problems;
    }

    /// <summary>Throws one exception listing every problem, if there is any.</summary>
    /// <exception cref="ArgumentException">The options are not valid; the message lists every problem.</exception>
    public static void ThrowIfInvalid(BriefingKitOptions options, string parameterName)
    {
        var problems = Problems(options);
        if (problems.Count == 0) return;
        throw new ArgumentException(
            $"{nameof(BriefingKitOptions)} is not valid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):" + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", problems),
            parameterName);
    }

    // Loading the file is the only check that catches every way it can be wrong (missing,
    // unreadable, not JSON, wrong shape); the loader reports each as a TranscriptFormatException.
    private static void CheckDataFile(List<string> problems, string property, string? path, Action<string> load)
    {
        if (path is null) return;
        if (string.IsNullOrWhiteSpace(path))
        {
            problems.Add($"{property} is empty; leave it null for the built-in list only.");
            return;
        }
        try
        {
            load(path);
        }
        catch (TranscriptFormatException ex)
        {
            problems.Add($"{property}: {ex.Message}");
        }
    }
}
