using System.Collections.Immutable;

namespace Publish.Typesetting.Frames;

/// <summary>
/// One page. Units are PostScript points; the origin is the page's top-left corner, y grows downward
/// (the PDF writer flips). <see cref="Width"/>/<see cref="Height"/> are the trim size; with
/// <see cref="Bleed"/> &gt; 0 the MediaBox grows by the bleed on every side and the TrimBox keeps the trim size.
/// <see cref="Label"/> is the printed folio ("1", "iv").
/// </summary>
public sealed record PageFrame(
    double Width,
    double Height,
    double Bleed,
    string Label,
    ImmutableArray<FrameItem> Items);
