using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model;

/// <summary>
/// One entry of the bibliography: as formatted by the author, or as the CSL processor rendered a cited item.
/// <see cref="Id"/> is the anchor citations link to (<c>ref-key</c>, as Pandoc names it), or null.
/// </summary>
public sealed record BibliographyEntry(ImmutableArray<Inline> Content, SourceSpan Span)
{
    public string? Id { get; init; }

    /// <summary>The cited item's key when the entry was rendered from the references (<c>publish inspect</c> lists it), else null.</summary>
    public string? Key { get; init; }

    /// <summary>Rendered from the references by the CSL processor (not written by the author): an export leaves it to be rendered again.</summary>
    public bool Rendered { get; init; }
}
