// How much fuzzing a run does and with which seed. The defaults are fixed so CI is
// reproducible; the environment variables let a developer run longer or other seeds.
using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace BriefingKit.Reliability.Tests.Fuzzing;

/// <summary>Seed, case counts and time bounds of the fuzz tests (see docs/reliability.md).</summary>
internal static class FuzzSettings
{
    /// <summary>The seed every property starts from unless BRIEFINGKIT_FUZZ_SEED names another.</summary>
    public const ulong DefaultSeed = 20261207;

    /// <summary>BRIEFINGKIT_FUZZ_SEED: an unsigned integer; "random" picks a new one (printed in the output).</summary>
    public static ulong Seed { get; } = ReadSeed();

    /// <summary>BRIEFINGKIT_FUZZ_SCALE: multiplies every property's case count (default 1; 10 for a long run).</summary>
    public static double Scale { get; } = ReadDouble("BRIEFINGKIT_FUZZ_SCALE", 1, 0.01, 10_000);

    /// <summary>
    /// BRIEFINGKIT_FUZZ_CASE_SECONDS: the most one case may take before it counts as a hang
    /// (default 30 s: CI runs several test assemblies at once on two cores, and a real hang never ends).
    /// </summary>
    public static TimeSpan CaseTimeout { get; } = TimeSpan.FromSeconds(ReadDouble("BRIEFINGKIT_FUZZ_CASE_SECONDS", 30, 1, 3600));

    /// <summary>The number of cases for a property whose default is <paramref name="defaultCount"/>.</summary>
    public static int Cases(int defaultCount) => Math.Max(1, (int)Math.Round(defaultCount * Scale));

    /// <summary>
    /// An FsCheck configuration that runs <paramref name="defaultCount"/> (scaled) cases from this run's seed,
    /// mixed with the property's name so that properties do not all draw the same numbers, and throws on failure.
    /// </summary>
    public static Config For(string property, int defaultCount) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(Cases(defaultCount))
            .WithQuietOnSuccess(true)
            .WithReplay(Mix(Seed, property), Gamma);

    // SplitMix's gamma must be odd; this is the usual golden-ratio constant.
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    private static ulong Mix(ulong seed, string name)
    {
        // FNV-1a of the name: stable across runs and runtimes (string.GetHashCode is randomised).
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return seed ^ hash;
    }

    private static ulong ReadSeed()
    {
        var text = Environment.GetEnvironmentVariable("BRIEFINGKIT_FUZZ_SEED");
        if (string.IsNullOrWhiteSpace(text)) return DefaultSeed;
        if (string.Equals(text.Trim(), "random", StringComparison.OrdinalIgnoreCase))
            return (ulong)System.Random.Shared.NextInt64(1, long.MaxValue);
        return ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new InvalidOperationException($"BRIEFINGKIT_FUZZ_SEED must be an unsigned integer or 'random', not '{text}'.");
    }

    private static double ReadDouble(string name, double fallback, double min, double max)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new InvalidOperationException($"{name} must be a number from {min} to {max}, not '{text}'.");
        return value;
    }
}
