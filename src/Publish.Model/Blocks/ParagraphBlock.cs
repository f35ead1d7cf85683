using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

public sealed record ParagraphBlock(ImmutableArray<Inline> Content, SourceSpan Span) : Block(Span);
