namespace Publish.Typesetting.Frames;

/// <summary>A glyph id with the text it stands for in a run: what a PDF font's codes, widths and ToUnicode map are made from.</summary>
public readonly record struct GlyphUse(ushort GlyphId, string Text);
