using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Shaping;

/// <summary>
/// One shaped glyph, in points at the shaped text's <see cref="ShapedText.GlyphSize"/>. <see cref="Cluster"/> is
/// the UTF-16 index in the shaped text where the glyph's cluster starts; glyphs are in visual (= logical, LTR) order.
/// <see cref="Font"/> may differ between glyphs of one text when a fallback face supplied a character.
/// </summary>
public readonly record struct ShapedGlyph(FontResource Font, ushort GlyphId, int Cluster, double Advance, double XOffset, double YOffset);
