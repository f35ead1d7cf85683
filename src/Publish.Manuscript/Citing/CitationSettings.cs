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

    public (string Value, SourceSpan Span)? Csl { get; init; }

    public ImmutableArray<string> NoCite { get; init; } = [];

    public bool SuppressBibliography { get; init; }

    public string? ReferenceSectionTitle { get; init; }

    public bool LinkCitations { get; init; }

    public bool NotesAfterPunctuation { get; init; } = true;

    /// <summary>The citation keys' YAML as written in the front matter, for an export.</summary>
    public string? Written { get; init; }

    /// <summary>Whether the manuscript has anything to cite from: only then are citations read as citations.</summary>
    public bool HasReferences => !Bibliographies.IsEmpty || References is not null;
}
