using System;

namespace BriefingKit;

/// <summary>Options of the reading and analysis pipeline.</summary>
public sealed class BriefingKitOptions
{
    // A property, not a public const: a const is copied into every caller at compile time, so a later
    // package that changed the default would leave callers built against this one on the old number.
    /// <summary>The default <see cref="MaxInputBytes"/>: 50 MB.</summary>
    public static long DefaultMaxInputBytes => 50L * 1024 * 1024;

    private long _maxInputBytes = DefaultMaxInputBytes;

    /// <summary>Inputs larger than this are refused before reading. Default 50 MB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxInputBytes
    {
        get => _maxInputBytes;
        set => _maxInputBytes = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), value, "The size limit must be positive.");
    }

    /// <summary>
    /// A JSON people list (same shape as <c>templates/people.json</c>) whose entries are added
    /// to the built-in list; <see langword="null"/> for the built-in list only.
    /// </summary>
    public string? PeoplePath { get; set; }

    /// <summary>
    /// A JSON actor list (same shape as <c>templates/actors.json</c>) whose entries are added to
    /// the built-in gazetteer; <see langword="null"/> for the built-in one only.
    /// </summary>
    public string? ActorsPath { get; set; }

    /// <summary>
    /// A JSON issue taxonomy merged over the built-in <c>templates/taxonomy.json</c> (an issue with a
    /// built-in id replaces it; others are added); <see langword="null"/> for the built-in one only.
    /// </summary>
    public string? TaxonomyPath { get; set; }

    internal BriefingKitOptions Clone() => (BriefingKitOptions)MemberwiseClone();
}
