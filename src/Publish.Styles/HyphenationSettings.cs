using System.Collections.Immutable;

namespace Publish.Styles;

/// <summary>
/// Hyphenation: Liang pattern files per language (BCP 47 tag → absolute path) and the shortest fragment
/// left before / carried after a hyphen. When <see cref="Enabled"/> is false nothing is hyphenated.
/// </summary>
public sealed record HyphenationSettings(bool Enabled, ImmutableDictionary<string, string> Patterns, int MinLeft, int MinRight)
{
    /// <summary>150: TeX's 50 hyphenates a line that is only a little loose (LineBreakOptions.HyphenPenalty says why 150).</summary>
    public const int DefaultPenalty = 150;

    /// <summary>30,000, as many TeX users set it: a ladder of two must save more than its two hyphens.</summary>
    public const int DefaultDoubleHyphenDemerits = 30000;

    /// <summary>
    /// Words that break only where written (TeX's <c>\hyphenation{Ka-zakh-stan}</c>), by language tag: each word with
    /// hyphens at its allowed breaks, none = never broken. They override the patterns (and Turkish syllables).
    /// </summary>
    public ImmutableDictionary<string, ImmutableArray<string>> Exceptions { get; init; } =
        ImmutableDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The cost of breaking a line at an added hyphen (TeX's <c>\hyphenpenalty</c>, squared into the line's demerits).</summary>
    public int Penalty { get; init; } = DefaultPenalty;

    /// <summary>Added when two lines in a row end in a hyphen (TeX's <c>\doublehyphendemerits</c>).</summary>
    public int DoubleHyphenDemerits { get; init; } = DefaultDoubleHyphenDemerits;

    /// <summary>The exceptions for a language tag: the exact tag's, then its primary subtag's (<c>en-GB</c> → <c>en</c>); empty when none.</summary>
    public ImmutableArray<string> ExceptionsFor(string language)
    {
        if (!Enabled || string.IsNullOrEmpty(language))
        {
            return [];
        }

        if (Exceptions.TryGetValue(language, out var exact))
        {
            return exact;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Exceptions.TryGetValue(language[..dash], out var primary) ? primary : [];
    }

    /// <summary>
    /// The pattern file for a language tag: the exact tag first, then its primary subtag (<c>en-GB</c> → <c>en</c>),
    /// compared case-insensitively as BCP 47 tags are. Null when hyphenation is off or no file is known.
    /// </summary>
    public string? PatternFileFor(string language)
    {
        if (!Enabled || string.IsNullOrEmpty(language))
        {
            return null;
        }

        if (Patterns.TryGetValue(language, out var exact))
        {
            return exact;
        }

        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && Patterns.TryGetValue(language[..dash], out var primary) ? primary : null;
    }
}
