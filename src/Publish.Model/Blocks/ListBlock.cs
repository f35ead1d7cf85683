using System.Collections.Immutable;

namespace Publish.Model.Blocks;

/// <summary>A bulleted (<see cref="Ordered"/> false) or numbered list; <see cref="Start"/> is the first number.</summary>
public sealed record ListBlock(bool Ordered, int Start, ImmutableArray<ListItem> Items, SourceSpan Span) : Block(Span);
