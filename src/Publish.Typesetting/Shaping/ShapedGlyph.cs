using Publish.Typesetting.Frames;

namespace Publish.Typesetting.Shaping;

/// <summary>
/// One shaped glyph, in points at the shaped text's <see cref="ShapedText.GlyphSize"/>. <see cref="Cluster"/> is
/// the UTF-16 index in the shaped text where the glyph's cluster starts; glyphs are in logical order (clusters never
/// decrease), also for right-to-left text, which is drawn from the last glyph to the first (<see cref="ShapedText.IsRightToLeft"/>).
/// <see cref="Font"/> may differ between glyphs of one text when a fallback face supplied a character.
/// </summary>
public readonly record struct ShapedGlyph(FontResource Font, ushort GlyphId, int Cluster, double Advance, double XOffset, double YOffset);
