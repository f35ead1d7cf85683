using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>
/// A citation (<c>[@a, p. 33; @b]</c>, or in the text <c>@a [p. 33]</c>) and what the editions set for it:
/// <see cref="Children"/> is the text the CSL processor rendered (before resolution, the citation as written).
/// In a note style a citation of the running text becomes a note whose content holds this inline.
/// <see cref="TargetId"/> names the bibliography entry of its first cite when citations link to their entries.
/// </summary>
public sealed record CitationInline(ImmutableArray<CitedItem> Cites, ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span)
{
    /// <summary>Written in the text (<c>@a</c>), not in brackets: the author's name is part of the sentence.</summary>
    public bool InText { get; init; }

    /// <summary>The id of the bibliography entry the citation links to, or null.</summary>
    public string? TargetId { get; init; }
}
