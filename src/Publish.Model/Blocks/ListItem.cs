using System.Collections.Immutable;

namespace Publish.Model.Blocks;

/// <summary>An item of a <see cref="ListBlock"/>. <see cref="Task"/> is a task list's box: true checked (<c>[x]</c>), false open (<c>[ ]</c>), null for an ordinary item.</summary>
public sealed record ListItem(ImmutableArray<Block> Children, SourceSpan Span)
{
    public bool? Task { get; init; }
}
