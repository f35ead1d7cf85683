using System.Collections.Immutable;
using Publish.Model;

namespace Publish.Manuscript.Citing;

/// <summary>
/// The front matter keys of citations (Pandoc's): where the references are (<see cref="Bibliographies"/>, the inline
/// <see cref="References"/>), the style (<see cref="Csl"/>: a file of the manuscript's folder or a shipped style's
/// name), what else goes in the bibliography (<see cref="NoCite"/>, <c>@*</c> for all) and how it is set.
/// </summary>
internal sealed record CitationSettings
{
    public static CitationSettings None { get; } = new();

    public ImmutableArray<(string Path, SourceSpan Span)> Bibliographies { get; init; } = [];

    /// <summary>The <c>references:</c> list as YAML, padded with blank lines so its lines are the manuscript's.</summary>
    public string? References { get; init; }

    /// <summary>Bibliography files the user named on the command line (full paths): read wherever they lie, regular files only.</summary>
    public ImmutableArray<string> NamedBibliographies { get; init; } = [];

    public (string Value, SourceSpan Span)? Csl { get; init; }

    /// <summary>The <see cref="Csl"/> came from the command line or the house style: a <c>.csl</c> one is a full path, read wherever it lies.</summary>
    public bool CslNamedOutside { get; init; }

    public ImmutableArray<string> NoCite { get; init; } = [];

    public bool SuppressBibliography { get; init; }

    public string? ReferenceSectionTitle { get; init; }

    /// <summary>Null when neither the front matter nor the house style says: no links.</summary>
    public bool? LinkCitations { get; init; }

    /// <summary>Null when neither the front matter nor the house style says: after the punctuation.</summary>
    public bool? NotesAfterPunctuation { get; init; }

    /// <summary>The citation keys' YAML as written in the front matter, for an export.</summary>
    public string? Written { get; init; }

    /// <summary>Whether the manuscript has anything to cite from: only then are citations read as citations.</summary>
    public bool HasReferences => !Bibliographies.IsEmpty || !NamedBibliographies.IsEmpty || References is not null;

    /// <summary>
    /// These front matter settings with the build's <paramref name="options"/>: the command line's bibliographies and
    /// style replace the front matter's (as Pandoc's options do), the house style's defaults fill what it leaves out.
    /// </summary>
    public CitationSettings With(CitationOptions options, string manuscriptPath)
    {
        var settings = this;
        if (!options.Bibliographies.IsEmpty)
        {
            settings = settings with { Bibliographies = [], NamedBibliographies = options.Bibliographies };
        }

        if ((options.Csl ?? (Csl is null ? options.Defaults.Csl : null)) is { } csl)
        {
            settings = settings with { Csl = (csl, SourceSpan.WholeFile(manuscriptPath)), CslNamedOutside = true };
        }

        return settings with
        {
            LinkCitations = LinkCitations ?? options.Defaults.LinkCitations,
            NotesAfterPunctuation = NotesAfterPunctuation ?? options.Defaults.NotesAfterPunctuation,
            ReferenceSectionTitle = ReferenceSectionTitle ?? options.Defaults.ReferenceSectionTitle,
        };
    }
}
