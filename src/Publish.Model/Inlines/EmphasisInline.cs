using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>Emphasis, set in italic.</summary>
public sealed record EmphasisInline(ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span);
