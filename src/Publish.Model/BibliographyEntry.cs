using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model;

/// <summary>One entry of the bibliography, as formatted by the author (Publish does not reformat citations).</summary>
public sealed record BibliographyEntry(ImmutableArray<Inline> Content, SourceSpan Span);
