using System.Collections.Immutable;
using Publish.Model.Inlines;

namespace Publish.Model.Blocks;

/// <summary>
/// A photo or illustration with its caption. <see cref="Image"/> is null when the manuscript names a
/// photo (e.g. a legacy <c>Photo:</c> caption) but no image file was found: the figure is then set as a
/// caption only, and the reader has reported a warning.
/// </summary>
public sealed record FigureBlock(ImmutableArray<Inline> Caption, ImageSource? Image, SourceSpan Span) : Block(Span);
