using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

/// <summary>A section heading; level 1 is a top-level section of the body (the document title is metadata).</summary>
public sealed record HeadingBlock(int Level, ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span)
{
    /// <summary>The heading's anchor: the author's <c>{#id}</c>, else the identifier derived from its text (Pandoc's rules); null for a heading built in code.</summary>
    public string? Id { get; init; }
}
