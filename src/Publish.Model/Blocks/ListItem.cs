using System.Collections.Immutable;

namespace Publish.Model.Blocks;

public sealed record ListItem(ImmutableArray<Block> Children, SourceSpan Span);
