using System.Collections.Immutable;

namespace Publish.Model.Inlines;

/// <summary>
/// A bracketed span with attributes (<c>[text]{lang=tr}</c>, <c>[text]{#id}</c>): <see cref="Language"/> switches
/// hyphenation and quotes inside it and is declared on the span in both editions; <see cref="Id"/> makes it a
/// cross-reference target.
/// </summary>
public sealed record SpanInline(ImmutableArray<Inline> Children, SourceSpan Span) : Inline(Span)
{
    public string? Language { get; init; }

    public string? Id { get; init; }

    public ImmutableArray<string> Classes { get; init; } = [];
}
