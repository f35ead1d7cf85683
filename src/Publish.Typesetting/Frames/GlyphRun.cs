namespace Publish.Typesetting.Frames;

/// <summary>
/// Glyphs of one font at one size on one baseline. (<see cref="X"/>, <see cref="Baseline"/>) is the pen
/// position of the first glyph. Each glyph carries the source text of its cluster, so the PDF can map
/// glyphs back to characters (ToUnicode; ligatures map to several characters).
/// </summary>
public sealed record GlyphRun(
    FontResource Font,
    double Size,
    double X,
    double Baseline,
    RgbColor Color,
    PositionedGlyphs Glyphs) : FrameItem
{
    /// <summary>The run's text in logical order: the concatenation of its glyphs' <see cref="PositionedGlyph.Text"/>.</summary>
    public string Text => string.Concat(Glyphs.Select(g => g.Text));

    /// <summary>The <see cref="StructureElement.Id"/> this text belongs to; null marks it as an artifact.</summary>
    public int? StructureId { get; init; }

    /// <summary>
    /// The glyphs' horizontal scale (font expansion; 1 = as designed): each glyph is drawn this much wider, and the glyph
    /// offsets already place them so. The PDF sets it with <c>Tz</c> (ISO 32000-1 §9.3.4).
    /// </summary>
    public double HorizontalScale { get; init; } = 1;
}
