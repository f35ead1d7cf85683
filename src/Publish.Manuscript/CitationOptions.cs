using System.Collections.Immutable;

namespace Publish.Manuscript;

/// <summary>
/// What a build says about citations besides the manuscript's front matter, as Pandoc's options do: the command
/// line's <see cref="Bibliographies"/> and <see cref="Csl"/> replace the front matter's keys; the house style's
/// defaults (<see cref="DefaultCsl"/> …) apply where the front matter says nothing.
/// </summary>
public sealed record CitationOptions
{
    public static CitationOptions None { get; } = new();

    /// <summary><c>--bibliography</c>: full paths of files the user named, anywhere (the CLI made them full); they replace the front matter's list.</summary>
    public ImmutableArray<string> Bibliographies { get; init; } = [];

    /// <summary><c>--csl</c>: a shipped style's name or the full path of a <c>.csl</c> file; it replaces the front matter's.</summary>
    public string? Csl { get; init; }

    /// <summary>The house style's <c>csl</c>: a shipped style's name or the full path of a <c>.csl</c> file beside the style.</summary>
    public string? DefaultCsl { get; init; }

    public bool? DefaultLinkCitations { get; init; }

    public bool? DefaultNotesAfterPunctuation { get; init; }

    public string? DefaultReferenceSectionTitle { get; init; }

    /// <summary>The options' text for a build fingerprint: two builds that differ here are different builds.</summary>
    public string Fingerprint() => string.Join('\n', [
        .. Bibliographies.Select(path => "bibliography " + path),
        "csl " + Csl,
        "default-csl " + DefaultCsl,
        "default-link-citations " + DefaultLinkCitations,
        "default-notes-after-punctuation " + DefaultNotesAfterPunctuation,
        "default-reference-section-title " + DefaultReferenceSectionTitle,
    ]);
}
