using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>
/// A hyperlink. <see cref="Target"/> is an absolute <c>http</c>, <c>https</c> or <c>mailto</c> URL:
/// readers drop every other scheme (DESIGN.md: editions are documents, not programs).
/// </summary>
public sealed record LinkInline(string Target, ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span);
