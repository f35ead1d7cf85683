using System.Collections.Immutable;

namespace Publish.Model.Blocks;

public sealed record BlockQuoteBlock(ImmutableArray<Block> Children, SourceSpan Span) : Block(Span);
