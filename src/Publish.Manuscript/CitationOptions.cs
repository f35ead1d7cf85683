using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Manuscript;

/// <summary>
/// What a build says about citations besides the manuscript's front matter, as Pandoc's options do: the command
/// line's <see cref="Bibliographies"/> and <see cref="Csl"/> replace the front matter's keys; the house style's
/// <see cref="Defaults"/> apply where the front matter says nothing.
/// </summary>
public sealed record CitationOptions
{
    public static CitationOptions None { get; } = new();

    /// <summary><c>--bibliography</c>: full paths of files the user named, anywhere (the CLI made them full); they replace the front matter's list.</summary>
    public ImmutableArray<string> Bibliographies { get; init; } = [];

    /// <summary><c>--csl</c>: a shipped style's name or the full path of a <c>.csl</c> file; it replaces the front matter's.</summary>
    public string? Csl { get; init; }

    /// <summary>The house style's <c>citations:</c> block (its <c>csl</c> a shipped style's name or the full path of a file beside the style).</summary>
    public CitationDefaults Defaults { get; init; } = new();

    /// <summary>The options' text for a build fingerprint: two builds that differ here are different builds.</summary>
    public string Fingerprint() => string.Join('\n', [
        .. Bibliographies.Select(path => "bibliography " + path),
        "csl " + Csl,
        "default-csl " + Defaults.Csl,
        "default-link-citations " + Defaults.LinkCitations,
        "default-notes-after-punctuation " + Defaults.NotesAfterPunctuation,
        "default-reference-section-title " + Defaults.ReferenceSectionTitle,
    ]);
}
