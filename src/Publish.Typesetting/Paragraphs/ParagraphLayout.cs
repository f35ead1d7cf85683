using System.Collections.Immutable;

namespace Publish.Typesetting.Paragraphs;

/// <summary>A paragraph set into lines, top to bottom, baselines <see cref="Leading"/> apart.</summary>
public sealed record ParagraphLayout(ImmutableArray<TypesetLine> Lines, double Leading)
{
    public double Height => Lines.Length * Leading;
}
