using System.Collections.Immutable;

namespace Publish.Model.Blocks;

/// <summary>
/// A fenced div (<c>::: {.note}</c> … <c>:::</c>): its blocks with the author's <see cref="Id"/>, <see cref="Classes"/>
/// and <see cref="Language"/> (a BCP 47 tag from <c>lang=…</c>, null when not given). The house style decides how a
/// class it knows (note, warning, epigraph, abstract…) is set; another class's content is set plainly.
/// </summary>
public sealed record DivBlock(ImmutableArray<Block> Children, SourceSpan Span) : Block(Span)
{
    public string? Id { get; init; }

    public ImmutableArray<string> Classes { get; init; } = [];

    public string? Language { get; init; }
}
