using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>Strong emphasis, set in bold.</summary>
public sealed record StrongInline(ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span);
