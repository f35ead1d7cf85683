using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Paragraphs;

/// <summary>
/// Glyphs of one font and size within a line. <see cref="X"/> is relative to the line's left edge; glyph X
/// offsets are relative to <see cref="X"/>; <see cref="BaselineShift"/> raises the run (points, up) for
/// synthesized superscripts.
/// </summary>
public sealed record LineGlyphRun(FontResource Font, double Size, double X, double BaselineShift, PositionedGlyphs Glyphs)
{
    public string Text => string.Concat(Glyphs.Select(g => g.Text));

    /// <summary>The glyphs and, on a line's last run, the word space stored after them (see <see cref="TypesetLine.EndsWithWordSpace"/>).</summary>
    internal PositionedGlyphs GlyphsWithWordSpace { get; init; }

    /// <summary>The link, note marker or label the run's glyphs belong to; a run never spans two.</summary>
    public InlineSpan Span { get; init; }

    /// <summary>How much wider than natural the glyphs are drawn (font expansion: 1.02 = 2 % wider); their offsets already include it.</summary>
    public double HorizontalScale { get; init; } = 1;
}
