namespace Publish.Typesetting.Frames;

/// <summary>
/// A glyph at an offset (points) from its run's pen origin, x to the right, y downward.
/// <see cref="Text"/> is the cluster's characters on the cluster's first glyph and empty on the others
/// (a ligature "ﬁ" carries "fi"; a decomposed accent's second glyph carries "").
/// </summary>
public readonly record struct PositionedGlyph(ushort GlyphId, double X, double Y, string Text);
