using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

/// <summary>A section heading; level 1 is a top-level section of the body (the document title is metadata).</summary>
public sealed record HeadingBlock(int Level, ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);
