using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

/// <summary>One entry of a <see cref="DefinitionListBlock"/>: one or more terms, then one or more definitions (each a run of blocks).</summary>
public sealed record DefinitionItem(ImmutableArray<ImmutableArray<Inline>> Terms, ImmutableArray<ImmutableArray<Block>> Definitions, SourceSpan Span);
