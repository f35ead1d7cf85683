using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

/// <summary>
/// A photo or illustration with its caption. <see cref="Image"/> is null when the manuscript names a
/// photo (e.g. a legacy <c>Photo:</c> caption) but no image file was found: the figure is then set as a
/// caption only, and the reader has reported a warning.
/// </summary>
public sealed record FigureBlock(ImmutableArray<Inline> Caption, ImageSource? Image, SourceSpan Span) : Block(Span)
{
    /// <summary>
    /// With no <see cref="Image"/>: the file the reader looked for and did not find (<c>name.jpg|jpeg|png|webp</c> for a
    /// legacy caption, the author's path in Markdown), which a draft's placeholder names; null when none was named.
    /// </summary>
    public string? MissingFile { get; init; }

    /// <summary>The author's <c>{#fig:…}</c> id for cross-references, or null.</summary>
    public string? Id { get; init; }

    /// <summary>The figure's 1-based position among the document's figures ("Figure 3"); 0 for a figure built in code.</summary>
    public int Number { get; init; }

    /// <summary>
    /// The printed width as a share of the text width (<c>{width=50%}</c> → 0.5), or null to fill the measure as
    /// before. An absolute width in the source (<c>width=6cm</c>) is converted with the measure the reader does not
    /// know, so it is kept as <see cref="WidthPoints"/> instead.
    /// </summary>
    public double? WidthFraction { get; init; }

    /// <summary>An absolute printed width in PostScript points (<c>width=6cm</c>, <c>width=2in</c>), or null.</summary>
    public double? WidthPoints { get; init; }

    /// <summary>The author's classes (<c>{.wide}</c>…), for the style to act on.</summary>
    public System.Collections.Immutable.ImmutableArray<string> Classes { get; init; } = [];
}
