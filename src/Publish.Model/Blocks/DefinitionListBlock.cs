using System.Collections.Immutable;

namespace Publish.Model.Blocks;

/// <summary>A definition list (Pandoc's <c>Term</c> / <c>:   Definition</c>): terms, each followed by one or more definitions.</summary>
public sealed record DefinitionListBlock(ImmutableArray<DefinitionItem> Items, SourceSpan Span) : Block(Span);
