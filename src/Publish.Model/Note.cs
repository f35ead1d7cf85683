using System.Collections.Immutable;
using Publish.Model.Blocks;

namespace Publish.Model;

/// <summary>
/// A footnote. <see cref="Number"/> is its 1-based position in order of first reference; the same number is
/// printed in both editions. <see cref="Label"/> is the author's label as written (<c>1</c>, <c>smith</c>).
/// <see cref="Span"/> is where the definition is.
/// </summary>
public sealed record Note(int Number, string Label, ImmutableArray<Block> Content, SourceSpan Span)
{
    /// <summary>A note made for a citation of the running text (a note style): its content is that citation.</summary>
    public bool FromCitation { get; init; }
}
