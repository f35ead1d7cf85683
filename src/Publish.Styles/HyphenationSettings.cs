using System.Collections.Immutable;

namespace Publish.Styles;

/// <summary>
/// Hyphenation: Liang pattern files per language (BCP 47 tag → absolute path) and the shortest fragment
/// left before / carried after a hyphen. When <see cref="Enabled"/> is false nothing is hyphenated.
/// </summary>
public sealed record HyphenationSettings(bool Enabled, ImmutableDictionary<string, string> Patterns, int MinLeft, int MinRight)
{
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
